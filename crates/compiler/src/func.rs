//! Functions, closures and arrow functions (`zend_compile_func_decl`), their parameters
//! (RECV*), return type checks and the final implicit return.

use crate::class::ConstValue;
use crate::compiler::{Compiler, UserFn, R};
use crate::emit::{FuncCtx, Node};
use crate::opcode::Opcode;
use crate::script::{
    attr_target, class_flags, flags, member, ArgInfo, Literal, OpArray, Operand, OperandKind,
    PropDecl, TypeDecl,
};
use crate::val::Val;
use miniphp_parser::ast::*;

/// How a function body is declared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FnKind {
    TopLevel,
    Closure,
    Arrow,
    Method { is_static: bool, is_public: bool },
}

/// Binding modes in BIND_STATIC / BIND_LEXICAL's extended_value.
const BIND_REF: u32 = 1;
const BIND_IMPLICIT: u32 = 2;

impl Compiler<'_> {
    pub fn function_decl(&mut self, d: &FunctionDecl, toplevel: bool) -> R<()> {
        self.line(d.span);
        let name = self.scope.prefix(&d.name.name);
        let lc = name.to_ascii_lowercase();
        if let Some(i) = self.scope.functions.get(&d.name.name.to_ascii_lowercase()) {
            if !i.eq_ignore_ascii_case(&lc) {
                return self.err(format!(
                    "Cannot declare function {name} because the name is already in use"
                ));
            }
        }
        if lc == "__autoload" {
            return self
                .err("__autoload() is no longer supported, use spl_autoload_register() instead");
        }
        if d.name.name.eq_ignore_ascii_case("assert") {
            return self.err("Defining a custom assert() function is not allowed, as the function has special semantics");
        }
        self.seen.insert((1, lc.clone()));
        let slot = self.reserve_op_array();
        if toplevel {
            if let Some(prev) = self.fn_table.get(&lc) {
                return self.err(format!(
                    "Cannot redeclare {name}() (previously declared in {}:{})",
                    self.filename, prev.first_line
                ));
            }
            if self.is_internal(&lc) {
                return self.err(format!("Cannot redeclare {lc}()"));
            }
            self.fn_table.insert(
                lc.clone(),
                UserFn {
                    num_args: 0,
                    last_var: 0,
                    t: 0,
                    first_line: d.span.line,
                    params: d.params.iter().map(|p| p.name.name.clone()).collect(),
                    by_ref: Vec::new(),
                    variadic_by_ref: None,
                    finalized: false,
                },
            );
            self.s.functions.push(slot);
        } else {
            let f = self.f();
            f.dynamic_funcs.push(slot);
            let idx = f.dynamic_funcs.len() as u32 - 1;
            let i = self.emit(
                Opcode::DeclareFunction,
                Node::Const(Val::Str(lc.as_bytes().to_vec())),
                Node::Unused,
            );
            self.f().ops[i].op2.value = idx;
        }
        let body = Body {
            params: &d.params,
            ret: d.return_type.as_ref(),
            by_ref: d.by_ref_return,
            stmts: Some(&d.body),
            expr: None,
        };
        // A function declared inside a method has no class scope (`__CLASS__` is "").
        let saved_class = self.active_class.take();
        let r = self
            .attributes(&d.attributes, attr_target::FUNCTION, 0)
            .and_then(|attrs| {
                let r = self.compile_body(
                    slot,
                    &name,
                    body,
                    FnKind::TopLevel,
                    &[],
                    d.span.line,
                    d.end_line,
                )?;
                Ok((attrs, r))
            });
        self.active_class = saved_class;
        let (attributes, (last_var, t, num_args)) = r?;
        let doc = d.doc_comment.as_ref().map(|c| self.intern(c.as_bytes()));
        let oa = &mut self.s.op_arrays[slot as usize];
        oa.attributes = attributes;
        oa.doc_comment = doc;
        if let Some(u) = self.fn_table.get_mut(&lc) {
            u.last_var = last_var;
            u.t = t;
            u.num_args = num_args;
            u.by_ref = d
                .params
                .iter()
                .filter(|p| !p.variadic)
                .map(|p| p.by_ref)
                .collect();
            u.variadic_by_ref = d.params.iter().find(|p| p.variadic).map(|p| p.by_ref);
            u.finalized = true;
        }
        Ok(())
    }

    /// `function (...) use (...) {...}`: DECLARE_LAMBDA_FUNCTION and BIND_LEXICAL in the parent.
    pub fn closure(&mut self, c: &Closure) -> R<Node> {
        let uses: Vec<(String, u32)> = c
            .uses
            .iter()
            .map(|(n, r)| (n.name.clone(), if *r { BIND_REF } else { 0 }))
            .collect();
        for (i, (n, _)) in uses.iter().enumerate() {
            if n == "this" {
                return self.err("Cannot use $this as lexical variable");
            }
            if crate::names::is_auto_global(n) {
                return self.err("Cannot use auto-global as lexical variable");
            }
            if uses[..i].iter().any(|(m, _)| m == n) {
                return self.err(format!("Cannot use variable ${n} twice"));
            }
        }
        let body = Body {
            params: &c.params,
            ret: c.return_type.as_ref(),
            by_ref: c.by_ref_return,
            stmts: Some(&c.body),
            expr: None,
        };
        self.lambda(
            &c.attributes,
            body,
            &uses,
            FnKind::Closure,
            c.span.line,
            c.end_line,
            c.static_,
        )
    }

    pub fn arrow_fn(&mut self, a: &ArrowFn) -> R<Node> {
        let uses: Vec<(String, u32)> = crate::walk::implicit_binds(a)
            .into_iter()
            .map(|n| (n, BIND_IMPLICIT))
            .collect();
        let body = Body {
            params: &a.params,
            ret: a.return_type.as_ref(),
            by_ref: a.by_ref_return,
            stmts: None,
            expr: Some(&a.body),
        };
        let end = self.cur_line();
        self.lambda(
            &a.attributes,
            body,
            &uses,
            FnKind::Arrow,
            a.span.line,
            end.max(a.span.line),
            a.static_,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn lambda(
        &mut self,
        attributes: &[AttributeGroup],
        body: Body,
        uses: &[(String, u32)],
        kind: FnKind,
        start: u32,
        end: u32,
        is_static: bool,
    ) -> R<Node> {
        let slot = self.reserve_op_array();
        let f = self.f();
        f.dynamic_funcs.push(slot);
        let idx = f.dynamic_funcs.len() as u32 - 1;
        let (i, closure) = self.emit_tmp(Opcode::DeclareLambdaFunction, Node::Unused, Node::Unused);
        self.f().ops[i].op2.value = idx;
        for (n, (name, mode)) in uses.iter().enumerate() {
            let cv = self.cv(name);
            let b = self.emit(Opcode::BindLexical, closure.clone(), cv);
            self.f().ops[b].extended_value = ((n as u32) << 3) | mode;
        }
        let name = self.scope.prefix("{closure}");
        let attributes = self.attributes(attributes, attr_target::FUNCTION, 0)?;
        self.compile_body(slot, &name, body, kind, uses, start, end)?;
        let oa = &mut self.s.op_arrays[slot as usize];
        oa.attributes = attributes;
        if is_static {
            oa.flags |= flags::STATIC;
        }
        Ok(closure)
    }

    /// Compiles a function body into op_array `slot`; returns (vars, tmps, num_args).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn compile_body(
        &mut self,
        slot: u32,
        name: &str,
        body: Body,
        kind: FnKind,
        uses: &[(String, u32)],
        start: u32,
        end: u32,
    ) -> R<(u32, u32, u32)> {
        let generator = match (body.stmts, body.expr) {
            (Some(s), _) => crate::walk::has_yield(s),
            (None, Some(e)) => crate::walk::has_yield(&[Stmt {
                kind: StmtKind::Expr(e.clone()),
                span: e.span,
            }]),
            _ => false,
        };
        let ctx = FuncCtx {
            is_function: true,
            generator,
            name: name.to_string(),
            by_ref_return: body.by_ref,
            lineno: start,
            method: matches!(kind, FnKind::Method { .. }),
            is_closure: matches!(kind, FnKind::Closure | FnKind::Arrow),
            is_static: matches!(
                kind,
                FnKind::Method {
                    is_static: true,
                    ..
                }
            ),
            method_name: match kind {
                FnKind::Method { .. } => self.active().map(|c| format!("{}::{name}", c.name)),
                _ => None,
            },
            ..FuncCtx::default()
        };
        self.push_func(ctx);
        let mut oa = OpArray {
            line_start: start,
            line_end: end,
            ..OpArray::default()
        };
        oa.name = self.intern(name.as_bytes());
        if body.by_ref {
            oa.flags |= flags::RETURN_REFERENCE;
        }
        match kind {
            FnKind::Closure => oa.flags |= flags::CLOSURE,
            FnKind::Arrow => oa.flags |= flags::CLOSURE | flags::ARROW_FN,
            _ => {}
        }
        let (num_args, required) = self.params(body.params, &mut oa, body.stmts.is_some())?;
        if let Some(t) = body.ret {
            let ty = self.type_decl(t, false)?;
            if generator && !self.generator_compatible(t, ty) {
                return self.err(format!(
                    "Generator return type must be a supertype of Generator, {} given",
                    type_name(t)
                ));
            }
            oa.return_type = ty;
            oa.flags |= flags::HAS_RETURN_TYPE;
            self.f().ret = Some(ty);
        }
        if let FnKind::Method {
            is_static,
            is_public,
        } = kind
        {
            self.f().lineno = start;
            self.check_magic_method(name, body.params, &oa, is_static, is_public)?;
        }
        if generator {
            self.emit(Opcode::GeneratorCreate, Node::Unused, Node::Unused);
        }
        for (name, mode) in uses {
            if body.params.iter().any(|p| p.name.name == *name) {
                if kind == FnKind::Arrow {
                    continue;
                }
                return self.err(format!(
                    "Cannot use lexical variable ${name} as a parameter name"
                ));
            }
            self.static_var(name, Val::Null, *mode);
        }
        match (body.stmts, body.expr) {
            (Some(stmts), _) => self.stmts(stmts)?,
            (None, Some(e)) => {
                let never = self.f().ret.is_some_and(|t| t.mask & TypeDecl::NEVER != 0);
                if never {
                    let n = self.expr(e)?;
                    self.free(n);
                } else {
                    self.return_stmt(Some(e))?;
                }
            }
            _ => {}
        }
        self.f().lineno = end;
        self.final_return(false)?;
        oa.num_args = num_args;
        oa.required_num_args = required;
        let t = self.f().t;
        let vars = self.finish_op_array(slot, oa)?;
        Ok((vars, t, num_args))
    }

    /// `zend_compile_static_var_common`
    pub fn static_var(&mut self, name: &str, value: Val, mode: u32) -> usize {
        let lit = self.static_default(value);
        self.static_var_at(name, lit, mode)
    }

    /// A static variable whose initial value is the script literal `lit`.
    pub fn static_var_at(&mut self, name: &str, lit: u32, mode: u32) -> usize {
        let r = self.intern(name.as_bytes());
        let f = self.f();
        let idx = match f.static_vars.iter().position(|v| *v == r) {
            Some(i) => {
                f.static_defaults[i] = lit;
                i
            }
            None => {
                f.static_vars.push(r);
                f.static_defaults.push(lit);
                f.static_vars.len() - 1
            }
        };
        let cv = self.cv(name);
        let i = self.emit(Opcode::BindStatic, cv, Node::Unused);
        self.f().ops[i].extended_value = ((idx as u32) << 3) | mode;
        i
    }

    /// `zend_compile_params`: RECV / RECV_INIT / RECV_VARIADIC and arg_info.
    fn params(&mut self, params: &[Param], oa: &mut OpArray, has_body: bool) -> R<(u32, u32)> {
        let mut required = 0;
        let mut variadic = false;
        let arg_start = self.s.arg_infos.len() as u32;
        let mut infos = Vec::with_capacity(params.len());
        // An optional parameter before a required one is required (PHP 8).
        let last_required = params
            .iter()
            .rposition(|p| p.default.is_none() && !p.variadic);
        for (i, p) in params.iter().enumerate() {
            self.line(p.span);
            let name = &p.name.name;
            if crate::names::is_auto_global(name) {
                return self.err(format!("Cannot re-assign auto-global variable {name}"));
            }
            if name == "this" {
                return self.err("Cannot use $this as parameter");
            }
            let cv = self.cv(name);
            if cv != Node::Cv(i as u32) {
                return self.err(format!("Redefinition of parameter ${name}"));
            }
            if variadic {
                return self.err("Only the last parameter can be variadic");
            }
            let mut default = None;
            let mut default_expr = None;
            let opcode = if p.variadic {
                if p.default.is_some() {
                    return self.err("Variadic parameter cannot have a default value");
                }
                variadic = true;
                oa.flags |= flags::VARIADIC;
                Opcode::RecvVariadic
            } else if let Some(d) = &p.default {
                // Zend keeps named constants as ASTs here (for reflection).
                self.no_const_subst = true;
                let v = self.const_expr(d, true);
                self.no_const_subst = false;
                self.line(p.span);
                match v? {
                    ConstValue::Val(v) => default = Some(v),
                    ConstValue::Expr(slot) => default_expr = Some(slot),
                }
                Opcode::RecvInit
            } else {
                required = i as u32 + 1;
                Opcode::Recv
            };
            let mut ty = TypeDecl::default();
            // A promoted property's type does not become nullable through a null default.
            let implicit_null = default == Some(Val::Null) && p.promote.is_none();
            if let Some(t) = &p.ty {
                ty = self.type_decl(t, implicit_null)?;
                if ty.mask & TypeDecl::VOID != 0 {
                    return self.err("void cannot be used as a parameter type");
                }
                if ty.mask & TypeDecl::NEVER != 0 {
                    return self.err("never cannot be used as a parameter type");
                }
                if let Some(v) = &mut default {
                    if !type_accepts(ty, v) {
                        return self.err(format!(
                            "Cannot use {} as default value for parameter ${name} of type {}",
                            val_type_name(v),
                            compiled_type_name(t)
                        ));
                    }
                    coerce_default(ty, v);
                }
            }
            let mut opcode = opcode;
            if let Some(l) = last_required.filter(|&l| opcode == Opcode::RecvInit && i < l) {
                // `T $p = null` is PHP 5's spelling of `?T $p`: converted, not reported.
                let implicit_nullable = default == Some(Val::Null)
                    && p.ty
                        .as_ref()
                        .is_some_and(|t| !matches!(t, TypeHint::Nullable(_)));
                if !implicit_nullable {
                    // Zend reports it on the function's line.
                    self.f().lineno = oa.line_start;
                    let message = format!(
                        "Optional parameter ${name} declared before required parameter ${} \
                         is implicitly treated as a required parameter",
                        params[l].name.name
                    );
                    self.warn(crate::Severity::Deprecated, message);
                    self.line(p.span);
                }
                opcode = Opcode::Recv;
                default = None;
                default_expr = None;
                required = i as u32 + 1;
            }
            if let Some(m) = &p.promote {
                // Zend reports promotion errors on the function's line.
                self.f().lineno = oa.line_start;
                self.promote(p, m, ty, has_body)?;
                self.line(p.span);
            }
            let op2 = default.map_or(Node::Unused, Node::Const);
            let idx = self.emit(opcode, Node::Unused, op2);
            if let Some(slot) = default_expr {
                let f = self.f();
                f.lits.push(Literal::ConstExpr(slot));
                f.ops[idx].op2 = Operand {
                    kind: OperandKind::Const,
                    value: f.lits.len() as u32 - 1,
                };
            }
            let f = self.f();
            f.ops[idx].op1.value = i as u32 + 1;
            f.ops[idx].result = Operand {
                kind: OperandKind::Cv,
                value: i as u32,
            };
            let pname = self.intern(name.as_bytes());
            let promoted = if p.promote.is_some() {
                attr_target::PROPERTY
            } else {
                0
            };
            let attributes = self.attributes(&p.attributes, attr_target::PARAMETER, promoted)?;
            infos.push(ArgInfo {
                name: pname,
                ty,
                by_ref: p.by_ref,
                variadic: p.variadic,
                default_text: None,
                attributes,
            });
        }
        self.s.arg_infos.extend(infos);
        // `$this->prop = $prop` for promoted properties, after every RECV.
        for (i, p) in params.iter().enumerate() {
            if p.promote.is_none() {
                continue;
            }
            let opcode = if p.by_ref {
                Opcode::AssignObjRef
            } else {
                Opcode::AssignObj
            };
            let name = Node::Const(Val::Str(p.name.name.as_bytes().to_vec()));
            self.emit(opcode, Node::Unused, name);
            self.emit(Opcode::OpData, Node::Cv(i as u32), Node::Unused);
        }
        oa.arg_infos = crate::script::Range {
            start: arg_start,
            len: self.s.arg_infos.len() as u32 - arg_start,
        };
        let num_args = params.len() as u32 - variadic as u32;
        Ok((num_args, required))
    }

    /// A promoted constructor parameter declares a property (in `zend_compile_params`).
    fn promote(&mut self, p: &Param, m: &Modifiers, ty: TypeDecl, has_body: bool) -> R<()> {
        let is_ctor = self.f().method && self.f().name.eq_ignore_ascii_case("__construct");
        let Some(c) = self.active_class.filter(|_| is_ctor) else {
            return self.err("Cannot declare promoted property outside a constructor");
        };
        let cls = &self.class_stack[c];
        if !has_body || cls.flags & class_flags::INTERFACE != 0 {
            return self.err("Cannot declare promoted property in an abstract constructor");
        }
        if p.variadic {
            return self.err("Cannot declare variadic promoted property");
        }
        let name = &p.name.name;
        if cls.prop_names.iter().any(|n| n == name) {
            return self.err(format!("Cannot redeclare {}::${name}", cls.name));
        }
        if ty.mask & TypeDecl::CALLABLE != 0 {
            let tn = p.ty.as_ref().map(type_name).unwrap_or_default();
            return self.err(format!(
                "Property {}::${name} cannot have type {tn}",
                cls.name
            ));
        }
        let mut flags = crate::class::member_flags(m) | member::PROMOTED;
        if cls.flags & class_flags::READONLY != 0 {
            flags |= member::READONLY;
        }
        if !ty.is_declared() && flags & member::READONLY != 0 {
            return self.err(format!(
                "Readonly property {}::${name} must have type",
                cls.name
            ));
        }
        let nm = self.intern(name.as_bytes());
        let attributes =
            self.attributes(&p.attributes, attr_target::PROPERTY, attr_target::PARAMETER)?;
        let cls = &mut self.class_stack[c];
        cls.prop_names.push(name.clone());
        cls.props.push(PropDecl {
            name: nm,
            default: None,
            ty,
            flags,
            doc_comment: None,
            attributes,
        });
        Ok(())
    }

    /// A declared type as a mask of builtin types plus class names.
    pub(crate) fn type_decl(&mut self, t: &TypeHint, implicit_null: bool) -> R<TypeDecl> {
        if let Some(n) = fq_special_name(t) {
            return self.err(format!("'\\{n}' is an invalid class name"));
        }
        self.check_typename(t, implicit_null)?;
        let mut ty = TypeDecl {
            mask: TypeDecl::DECLARED,
            ..TypeDecl::default()
        };
        let mut names = Vec::new();
        collect_type(t, &mut ty.mask, &mut names);
        for n in &names {
            self.check_type_class_name(n)?;
        }
        // Class names resolve against the namespace and `use` imports
        // (zend_compile_single_typename); self and parent stay as written.
        let resolve = |n: &Name| match crate::names::Lower::new(&n.parts).as_str() {
            "self" | "parent" => n.parts.clone(),
            _ => self.scope.resolve_class(n),
        };
        ty.mask |= intersection_flag(t);
        let classes: Vec<String> = match t {
            // A DNF type keeps its groups: each member is a class or `A&B`.
            TypeHint::Union(members) if ty.mask & TypeDecl::DNF != 0 => members
                .iter()
                .filter_map(|m| {
                    let mut group = Vec::new();
                    collect_type(m, &mut 0, &mut group);
                    let group: Vec<String> = group.into_iter().map(resolve).collect();
                    (!group.is_empty()).then(|| group.join("&"))
                })
                .collect(),
            _ => names.into_iter().map(resolve).collect(),
        };
        if implicit_null {
            ty.mask |= TypeDecl::NULL;
        }
        if !classes.is_empty() {
            let start = self.s.type_names.len() as u32;
            for c in classes {
                let r = self.intern(c.as_bytes());
                self.s.type_names.push(r);
            }
            ty.class_names = crate::script::Range {
                start,
                len: self.s.type_names.len() as u32 - start,
            };
        }
        Ok(ty)
    }

    /// A class name in a type as `zend_compile_single_typename` checks it: not a
    /// reserved name once resolved (`namespace\int`), and a warning for a name that
    /// looks like a builtin type (`integer`) unless written qualified or imported.
    fn check_type_class_name(&mut self, n: &Name) -> R<()> {
        let lc = n.parts.to_ascii_lowercase();
        if matches!(lc.as_str(), "self" | "parent") {
            return Ok(());
        }
        let resolved = self.scope.resolve_class(n);
        let unqualified = resolved.rsplit('\\').next().unwrap_or(&resolved);
        if crate::class::is_reserved_class_name(unqualified) {
            return self.err(format!(
                "Cannot use '{resolved}' as class name as it is reserved"
            ));
        }
        let correct = match lc.as_str() {
            "boolean" => Some("bool"),
            "integer" => Some("int"),
            "double" => Some("float"),
            "resource" => None,
            _ => return Ok(()),
        };
        if n.kind != NameKind::Unqualified || self.scope.classes.contains_key(&lc) {
            return Ok(());
        }
        let extra = match self.scope.namespace {
            Some(_) => " or import the class with \"use\"",
            None => "",
        };
        let orig = &n.parts;
        let message = match correct {
            Some(c) => format!("\"{orig}\" will be interpreted as a class name. Did you mean \"{c}\"? Write \"\\{resolved}\"{extra} to suppress this warning"),
            None => format!("\"{orig}\" is not a supported builtin type and will be interpreted as a class name. Write \"\\{resolved}\"{extra} to suppress this warning"),
        };
        self.warn(crate::Severity::CompileWarning, message);
        Ok(())
    }

    /// `zend_mark_function_as_generator`: a generator's declared return type must
    /// admit a Generator (object, mixed, iterable, Traversable, Iterator, Generator).
    fn generator_compatible(&self, t: &TypeHint, ty: TypeDecl) -> bool {
        if ty.mask & (TypeDecl::OBJECT | TypeDecl::MIXED | TypeDecl::ITERABLE) != 0 {
            return true;
        }
        let mut names = Vec::new();
        collect_type(t, &mut 0, &mut names);
        names.iter().any(|n| {
            let c = self.scope.resolve_class(n).to_ascii_lowercase();
            matches!(c.as_str(), "traversable" | "iterator" | "generator")
        })
    }

    /// `zend_emit_return_type_check`
    fn return_type_check(&mut self, expr: Option<&mut Node>, implicit: bool) -> R<()> {
        let Some(ty) = self.f().ret else {
            return Ok(());
        };
        if ty.mask & TypeDecl::VOID != 0 {
            if let Some(e) = expr {
                if *e == Node::Const(Val::Null) {
                    return self.err("A void function must not return a value (did you mean \"return;\" instead of \"return null;\"?)");
                }
                return self.err("A void function must not return a value");
            }
            return Ok(());
        }
        if ty.mask & TypeDecl::NEVER != 0 {
            return self.err("A never-returning function must not return");
        }
        if expr.is_none() && !implicit {
            if ty.mask & TypeDecl::NULL != 0 {
                return self.err("A function with return type must return a value (did you mean \"return null;\" instead of \"return;\"?)");
            }
            return self.err("A function with return type must return a value");
        }
        if expr.is_some() && ty.mask & TypeDecl::MIXED != 0 {
            return Ok(());
        }
        match expr {
            Some(Node::Const(v)) if type_accepts_exact(ty, v) => Ok(()),
            Some(e) => {
                let n = e.clone();
                let i = self.emit(Opcode::VerifyReturnType, n.clone(), Node::Unused);
                if let Node::Const(_) = n {
                    let t = self.f().temp();
                    self.f().ops[i].result = Operand {
                        kind: OperandKind::TmpVar,
                        value: t,
                    };
                    *e = Node::Tmp(t);
                }
                Ok(())
            }
            None => {
                self.emit(Opcode::VerifyReturnType, Node::Unused, Node::Unused);
                Ok(())
            }
        }
    }

    /// `zend_compile_return`
    pub fn return_stmt(&mut self, e: Option<&Expr>) -> R<()> {
        let generator = self.f().generator;
        let by_ref = self.f().by_ref_return && !generator;
        let mut n = match e {
            None => Node::Const(Val::Null),
            Some(x) if by_ref && crate::expr::is_variable(x) => {
                self.assert_not_short_circuited(x)?;
                self.var_ref(x, crate::expr::Bp::W)?
            }
            Some(x) => self.expr(x)?,
        };
        if self.f().has_finally
            && (matches!(n, Node::Cv(_)) || (by_ref && matches!(n, Node::Var(_))))
            && self.in_finally_scope()
        {
            n = if by_ref {
                self.emit_var(Opcode::MakeRef, n, Node::Unused).1
            } else {
                self.emit_tmp(Opcode::QmAssign, n, Node::Unused).1
            };
        }
        if !generator && self.f().ret.is_some() {
            self.return_type_check(if e.is_some() { Some(&mut n) } else { None }, false)?;
        }
        let ret = n.is_tmp_or_var().then(|| n.clone());
        self.unwind_all(ret.as_ref());
        let i = self.emit(
            if by_ref {
                Opcode::ReturnByRef
            } else {
                Opcode::Return
            },
            n,
            Node::Unused,
        );
        if let (true, Some(x)) = (by_ref, e) {
            if crate::expr::is_call(x) {
                self.f().ops[i].extended_value = 1;
            } else if !crate::expr::is_variable(x) {
                self.f().ops[i].extended_value = 2;
            }
        }
        Ok(())
    }

    /// `zend_emit_final_return`
    pub fn final_return(&mut self, main: bool) -> R<()> {
        let f = self.f();
        let by_ref = f.by_ref_return;
        if let (Some(ty), false) = (f.ret, f.generator) {
            if ty.mask & TypeDecl::NEVER != 0 {
                self.emit(Opcode::VerifyNeverType, Node::Unused, Node::Unused);
                return Ok(());
            }
            self.return_type_check(None, true)?;
        }
        let v = if main { Val::Long(1) } else { Val::Null };
        let i = self.emit(
            if by_ref {
                Opcode::ReturnByRef
            } else {
                Opcode::Return
            },
            Node::Const(v),
            Node::Unused,
        );
        self.f().ops[i].extended_value = u32::MAX;
        Ok(())
    }
}

/// The pieces of a function-like declaration.
pub struct Body<'e> {
    pub params: &'e [Param],
    pub ret: Option<&'e TypeHint>,
    pub by_ref: bool,
    pub stmts: Option<&'e [Stmt]>,
    pub expr: Option<&'e Expr>,
}

/// A fully qualified `\self`, `\parent` or `\static` in a type (invalid class names).
fn fq_special_name(t: &TypeHint) -> Option<&str> {
    match t {
        TypeHint::Nullable(i) => fq_special_name(i),
        TypeHint::Union(ts) | TypeHint::Intersection(ts) => ts.iter().find_map(fq_special_name),
        TypeHint::Named(n) => (n.kind == NameKind::FullyQualified
            && matches!(
                n.parts.to_ascii_lowercase().as_str(),
                "self" | "parent" | "static"
            ))
        .then_some(n.parts.as_str()),
    }
}

fn collect_type<'t>(t: &'t TypeHint, mask: &mut u32, classes: &mut Vec<&'t Name>) {
    match t {
        TypeHint::Nullable(inner) => {
            *mask |= TypeDecl::NULL;
            collect_type(inner, mask, classes);
        }
        TypeHint::Union(ts) | TypeHint::Intersection(ts) => {
            ts.iter().for_each(|t| collect_type(t, mask, classes))
        }
        TypeHint::Named(n) => {
            let bit = match crate::names::Lower::new(&n.parts).as_str() {
                "int" => TypeDecl::LONG,
                "float" => TypeDecl::DOUBLE,
                "string" => TypeDecl::STRING,
                "bool" => TypeDecl::FALSE | TypeDecl::TRUE,
                "false" => TypeDecl::FALSE,
                "true" => TypeDecl::TRUE,
                "null" => TypeDecl::NULL,
                "array" => TypeDecl::ARRAY,
                "object" => TypeDecl::OBJECT,
                "callable" => TypeDecl::CALLABLE,
                "iterable" => TypeDecl::ITERABLE,
                "void" => TypeDecl::VOID,
                "never" => TypeDecl::NEVER,
                "mixed" => TypeDecl::MIXED | TypeDecl::NULL,
                "static" => TypeDecl::STATIC,
                _ => {
                    classes.push(n);
                    0
                }
            };
            *mask |= bit;
        }
    }
}

/// [`TypeDecl::INTERSECTION`] for `A&B`, [`TypeDecl::DNF`] for a union with an
/// intersection in it: what the flattened class names alone do not say.
fn intersection_flag(t: &TypeHint) -> u32 {
    match t {
        TypeHint::Intersection(_) => TypeDecl::INTERSECTION,
        TypeHint::Union(ts) if ts.iter().any(|t| matches!(t, TypeHint::Intersection(_))) => {
            TypeDecl::DNF
        }
        _ => 0,
    }
}

/// `zend_is_valid_default_value` (ints are valid for float parameters).
pub(crate) fn type_accepts(ty: TypeDecl, v: &Val) -> bool {
    type_accepts_exact(ty, v) || (matches!(v, Val::Long(_)) && ty.mask & TypeDecl::DOUBLE != 0)
}

fn type_accepts_exact(ty: TypeDecl, v: &Val) -> bool {
    let bit = match v {
        Val::Null => TypeDecl::NULL,
        Val::Bool(false) => TypeDecl::FALSE,
        Val::Bool(true) => TypeDecl::TRUE,
        Val::Long(_) => TypeDecl::LONG,
        Val::Double(_) => TypeDecl::DOUBLE,
        Val::Str(_) => TypeDecl::STRING,
        Val::Array(_) => TypeDecl::ARRAY | TypeDecl::ITERABLE,
    };
    ty.mask & (bit | TypeDecl::MIXED) != 0
}

pub(crate) fn val_type_name(v: &Val) -> &'static str {
    match v {
        Val::Null => "null",
        Val::Bool(_) => "bool",
        Val::Long(_) => "int",
        Val::Double(_) => "float",
        Val::Str(_) => "string",
        Val::Array(_) => "array",
    }
}

/// A type as PHP spells it in messages.
/// An int default of a type that admits float but not int becomes a float, as
/// `zend_is_valid_default_value` converts it (`float $x = 2` holds `2.0`).
pub(crate) fn coerce_default(ty: TypeDecl, v: &mut Val) {
    if let (Val::Long(l), true) = (
        &*v,
        ty.mask & TypeDecl::DOUBLE != 0 && ty.mask & TypeDecl::LONG == 0,
    ) {
        *v = Val::Double(*l as f64);
    }
}

/// [`type_name`] of the type as compiled: `iterable` is `Traversable|array` in 8.2
/// (what zend_type_to_string shows in compile errors about default values).
pub(crate) fn compiled_type_name(t: &TypeHint) -> String {
    let iterable =
        |t: &TypeHint| matches!(t, TypeHint::Named(n) if n.parts.eq_ignore_ascii_case("iterable"));
    match t {
        t if iterable(t) => "Traversable|array".into(),
        TypeHint::Nullable(i) if iterable(i) => "Traversable|array|null".into(),
        _ => type_name(t),
    }
}

pub(crate) fn type_name(t: &TypeHint) -> String {
    match t {
        TypeHint::Named(n) => {
            let lc = n.parts.to_ascii_lowercase();
            match lc.as_str() {
                "int" | "float" | "string" | "bool" | "false" | "true" | "null" | "array"
                | "object" | "callable" | "iterable" | "void" | "never" | "mixed" | "static" => lc,
                _ => n.parts.clone(),
            }
        }
        TypeHint::Intersection(ts) => ts.iter().map(type_name).collect::<Vec<_>>().join("&"),
        TypeHint::Nullable(_) | TypeHint::Union(_) => union_type_name(t),
    }
}

/// `zend_type_to_string` for a union: class types first, then the builtin types in
/// Zend's fixed order, `null` last (or `?T` for a single type).
fn union_type_name(t: &TypeHint) -> String {
    let members: Vec<&TypeHint> = match t {
        TypeHint::Union(ts) => ts.iter().collect(),
        TypeHint::Nullable(i) => vec![&**i],
        _ => vec![t],
    };
    let mut names: Vec<String> = Vec::new();
    let mut builtins: Vec<String> = Vec::new();
    let mut null = matches!(t, TypeHint::Nullable(_));
    for m in members {
        match m {
            TypeHint::Intersection(_) => names.push(format!("({})", type_name(m))),
            _ => {
                let n = type_name(m);
                match n.as_str() {
                    "null" => null = true,
                    "int" | "float" | "string" | "bool" | "false" | "true" | "array" | "object"
                    | "callable" | "iterable" | "void" | "never" | "mixed" | "static" => {
                        builtins.push(n)
                    }
                    _ => names.push(n),
                }
            }
        }
    }
    const ORDER: [&str; 13] = [
        "mixed", "static", "callable", "iterable", "object", "array", "string", "int", "float",
        "bool", "false", "true", "void",
    ];
    for o in ORDER.iter().chain(["never"].iter()) {
        if builtins.iter().any(|b| b == o) {
            names.push(o.to_string());
        }
    }
    if null && names.len() == 1 && names[0] != "mixed" {
        return format!("?{}", names[0]);
    }
    if null {
        names.push("null".into());
    }
    names.join("|")
}
