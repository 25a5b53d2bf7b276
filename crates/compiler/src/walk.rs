//! Pre-order walks over the AST that do not enter nested function or class bodies:
//! what Zend learns at parse time (a body contains `yield`) or by its own AST walk
//! (`find_implicit_binds` for arrow functions).

use miniphp_parser::ast::*;

/// Calls `f` on every expression under `stmts`; `f` returns false to skip a subtree.
/// (Generic, not `dyn`: the walk before each function body calls it at every node.)
pub fn stmts<F: FnMut(&Expr) -> bool>(list: &[Stmt], f: &mut F) {
    for s in list {
        stmt(s, f);
    }
}

fn stmt<F: FnMut(&Expr) -> bool>(s: &Stmt, f: &mut F) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Throw(e) => expr(e, f),
        StmtKind::Echo(es) | StmtKind::Global(es) | StmtKind::Unset(es) => {
            es.iter().for_each(|e| expr(e, f))
        }
        StmtKind::Block(b) => stmts(b, f),
        StmtKind::If {
            cond,
            then,
            elseifs,
            else_,
        } => {
            expr(cond, f);
            stmts(then, f);
            for (c, b) in elseifs {
                expr(c, f);
                stmts(b, f);
            }
            if let Some(b) = else_ {
                stmts(b, f);
            }
        }
        StmtKind::While { cond, body } | StmtKind::DoWhile { body, cond } => {
            expr(cond, f);
            stmts(body, f);
        }
        StmtKind::For {
            init,
            cond,
            step,
            body,
        } => {
            init.iter().chain(cond).chain(step).for_each(|e| expr(e, f));
            stmts(body, f);
        }
        StmtKind::Foreach {
            subject,
            key,
            value,
            body,
            ..
        } => {
            expr(subject, f);
            key.iter().for_each(|e| expr(e, f));
            expr(value, f);
            stmts(body, f);
        }
        StmtKind::Switch { subject, cases } => {
            expr(subject, f);
            for c in cases {
                c.cond.iter().for_each(|e| expr(e, f));
                stmts(&c.body, f);
            }
        }
        StmtKind::Break(e) | StmtKind::Continue(e) | StmtKind::Return(e) => {
            e.iter().for_each(|e| expr(e, f))
        }
        StmtKind::StaticVar(vs) => vs
            .iter()
            .filter_map(|v| v.default.as_ref())
            .for_each(|e| expr(e, f)),
        StmtKind::Const(cs) => cs.iter().for_each(|c| expr(&c.value, f)),
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            stmts(body, f);
            catches.iter().for_each(|c| stmts(&c.body, f));
            if let Some(b) = finally {
                stmts(b, f);
            }
        }
        StmtKind::Declare { body: Some(b), .. } | StmtKind::Namespace { body: Some(b), .. } => {
            stmts(b, f)
        }
        _ => {}
    }
}

fn items<F: FnMut(&Expr) -> bool>(list: &[Option<ArrayItem>], f: &mut F) {
    for it in list.iter().flatten() {
        it.key.iter().for_each(|e| expr(e, f));
        expr(&it.value, f);
    }
}

fn parts<F: FnMut(&Expr) -> bool>(list: &[InterpPart], f: &mut F) {
    for p in list {
        if let InterpPart::Expr(e) = p {
            expr(e, f);
        }
    }
}

fn class_ref<F: FnMut(&Expr) -> bool>(c: &ClassRef, f: &mut F) {
    if let ClassRef::Expr(e) = c {
        expr(e, f);
    }
}

fn member<F: FnMut(&Expr) -> bool>(m: &MemberName, f: &mut F) {
    if let MemberName::Expr(e) = m {
        expr(e, f);
    }
}

fn callee<F: FnMut(&Expr) -> bool>(c: &Callee, f: &mut F) {
    match c {
        Callee::Name(_) => {}
        Callee::Expr(e) => expr(e, f),
        Callee::Method { obj, name, .. } => {
            expr(obj, f);
            member(name, f);
        }
        Callee::Static { class, name } => {
            class_ref(class, f);
            member(name, f);
        }
    }
}

/// Calls `f` on `e` and (if it returns true) on its sub-expressions, in source order.
pub fn expr<F: FnMut(&Expr) -> bool>(e: &Expr, f: &mut F) {
    if !f(e) {
        return;
    }
    match &e.kind {
        ExprKind::Interpolated(p) | ExprKind::ShellExec(p) => parts(p, f),
        ExprKind::Array { items: i, .. } | ExprKind::List(i) => items(i, f),
        ExprKind::VarVar(x)
        | ExprKind::PreInc(x)
        | ExprKind::PreDec(x)
        | ExprKind::PostInc(x)
        | ExprKind::PostDec(x)
        | ExprKind::Silence(x)
        | ExprKind::Paren(x)
        | ExprKind::Empty(x)
        | ExprKind::Print(x)
        | ExprKind::Eval(x)
        | ExprKind::Clone(x)
        | ExprKind::Throw(x)
        | ExprKind::YieldFrom(x)
        | ExprKind::Unary { expr: x, .. }
        | ExprKind::Cast { expr: x, .. }
        | ExprKind::Include { expr: x, .. } => expr(x, f),
        ExprKind::Index { base, dim } => {
            expr(base, f);
            dim.iter().for_each(|d| expr(d, f));
        }
        ExprKind::Prop { obj, name, .. } => {
            expr(obj, f);
            member(name, f);
        }
        ExprKind::StaticProp { class, name } => {
            class_ref(class, f);
            member(name, f);
        }
        ExprKind::ClassConst { class, .. } => class_ref(class, f),
        ExprKind::Call { callee: c, args } => {
            callee(c, f);
            args.iter().for_each(|a| expr(&a.value, f));
        }
        ExprKind::FirstClassCallable(c) => callee(c, f),
        ExprKind::New { class, args } => {
            class_ref(class, f);
            args.iter().for_each(|a| expr(&a.value, f));
        }
        ExprKind::Assign { target, value }
        | ExprKind::AssignRef { target, value }
        | ExprKind::AssignOp { target, value, .. } => {
            expr(target, f);
            expr(value, f);
        }
        ExprKind::Binary { left, right, .. } => {
            expr(left, f);
            expr(right, f);
        }
        ExprKind::Ternary { cond, then, else_ } => {
            expr(cond, f);
            then.iter().for_each(|t| expr(t, f));
            expr(else_, f);
        }
        ExprKind::Instanceof { expr: x, class } => {
            expr(x, f);
            class_ref(class, f);
        }
        ExprKind::Isset(list) => list.iter().for_each(|x| expr(x, f)),
        ExprKind::Exit(x) => x.iter().for_each(|x| expr(x, f)),
        ExprKind::Match { subject, arms } => {
            expr(subject, f);
            for a in arms {
                a.conds.iter().flatten().for_each(|c| expr(c, f));
                expr(&a.body, f);
            }
        }
        ExprKind::Yield { key, value } => {
            key.iter().for_each(|k| expr(k, f));
            value.iter().for_each(|v| expr(v, f));
        }
        ExprKind::ArrowFn(a) => expr(&a.body, f),
        ExprKind::AnonClass { args, .. } => args.iter().for_each(|a| expr(&a.value, f)),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::String(_)
        | ExprKind::Const(_)
        | ExprKind::MagicConst(_)
        | ExprKind::Var(_)
        | ExprKind::Closure(_) => {}
    }
}

/// Whether a function body is a generator (contains `yield` outside nested functions).
pub fn has_yield(body: &[Stmt]) -> bool {
    let mut found = false;
    stmts(body, &mut |e| {
        if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom(_)) {
            found = true;
        }
        !matches!(
            e.kind,
            ExprKind::Closure(_) | ExprKind::ArrowFn(_) | ExprKind::AnonClass { .. }
        )
    });
    found
}

/// Variables an arrow function captures, in order of first use (`find_implicit_binds`).
pub fn implicit_binds(a: &ArrowFn) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let add = |n: &str, names: &mut Vec<String>| {
        if n != "this" && !crate::names::is_auto_global(n) && !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    };
    expr(&a.body, &mut |e| match &e.kind {
        ExprKind::Var(n) => {
            add(n, &mut names);
            false
        }
        ExprKind::Closure(c) => {
            for (u, _) in &c.uses {
                add(&u.name, &mut names);
            }
            false
        }
        ExprKind::AnonClass { .. } => false,
        _ => true,
    });
    names.retain(|n| !a.params.iter().any(|p| p.name.name == *n));
    names
}
