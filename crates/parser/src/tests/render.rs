//! A compact rendering of expressions for the tests: `(+ 1 (* 2 3))`.

use crate::ast::*;

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(n) => n.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::String(s) => format!("'{}'", String::from_utf8_lossy(s)),
        ExprKind::Var(v) => format!("${v}"),
        ExprKind::VarVar(e) => format!("${{{}}}", expr(e)),
        ExprKind::Const(n) => name(n),
        ExprKind::MagicConst(m) => format!("{m:?}"),
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", bin(*op), expr(left), expr(right))
        }
        ExprKind::Unary { op, expr: e } => {
            let op = match op {
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "~",
                UnaryOp::Neg => "neg",
                UnaryOp::Plus => "pos",
            };
            format!("({op} {})", expr(e))
        }
        ExprKind::Assign { target, value } => format!("(= {} {})", expr(target), expr(value)),
        ExprKind::AssignRef { target, value } => format!("(=& {} {})", expr(target), expr(value)),
        ExprKind::AssignOp { op, target, value } => {
            format!("({}= {} {})", bin(*op), expr(target), expr(value))
        }
        ExprKind::Ternary { cond, then, else_ } => match then {
            Some(t) => format!("(? {} {} {})", expr(cond), expr(t), expr(else_)),
            None => format!("(?: {} {})", expr(cond), expr(else_)),
        },
        ExprKind::Paren(e) => format!("(paren {})", expr(e)),
        ExprKind::Print(e) => format!("(print {})", expr(e)),
        ExprKind::Yield { key, value } => {
            let mut s = "(yield".to_string();
            for part in [key, value].into_iter().flatten() {
                s.push(' ');
                s.push_str(&expr(part));
            }
            s + ")"
        }
        ExprKind::YieldFrom(e) => format!("(yield-from {})", expr(e)),
        ExprKind::Throw(e) => format!("(throw {})", expr(e)),
        ExprKind::Include { kind, expr: e } => format!("({kind:?} {})", expr(e)),
        ExprKind::Cast { ty, expr: e } => format!("(({ty:?}) {})", expr(e)),
        ExprKind::Silence(e) => format!("(@ {})", expr(e)),
        ExprKind::Clone(e) => format!("(clone {})", expr(e)),
        ExprKind::Instanceof { expr: e, class } => {
            format!("(instanceof {} {})", expr(e), class_ref(class))
        }
        ExprKind::PreInc(e) => format!("(++pre {})", expr(e)),
        ExprKind::PreDec(e) => format!("(--pre {})", expr(e)),
        ExprKind::PostInc(e) => format!("(post++ {})", expr(e)),
        ExprKind::PostDec(e) => format!("(post-- {})", expr(e)),
        ExprKind::Index { base, dim } => match dim {
            Some(d) => format!("{}[{}]", expr(base), expr(d)),
            None => format!("{}[]", expr(base)),
        },
        ExprKind::Prop {
            obj,
            name,
            nullsafe,
        } => {
            format!(
                "{}{}{}",
                expr(obj),
                if *nullsafe { "?->" } else { "->" },
                member(name)
            )
        }
        ExprKind::StaticProp { class, name } => format!("{}::${}", class_ref(class), member(name)),
        ExprKind::ClassConst { class, name } => format!("{}::{}", class_ref(class), name.name),
        ExprKind::Call { callee: c, args: a } => format!("{}({})", callee(c), args(a)),
        ExprKind::FirstClassCallable(c) => format!("{}(...)", callee(c)),
        ExprKind::New { class, args: a } => format!("(new {} {})", class_ref(class), args(a)),
        ExprKind::Array { items: i, short } => {
            format!("{}[{}]", if *short { "" } else { "array" }, items(i))
        }
        ExprKind::List(i) => format!("list({})", items(i)),
        ExprKind::Isset(v) => format!(
            "isset({})",
            v.iter().map(expr).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Empty(e) => format!("empty({})", expr(e)),
        ExprKind::Exit(e) => format!("exit({})", e.as_deref().map(expr).unwrap_or_default()),
        ExprKind::Eval(e) => format!("eval({})", expr(e)),
        ExprKind::Interpolated(parts) => format!("\"{}\"", interp(parts)),
        ExprKind::ShellExec(parts) => format!("`{}`", interp(parts)),
        ExprKind::Match { subject, arms } => {
            let arms: Vec<String> = arms
                .iter()
                .map(|a| {
                    let conds = match &a.conds {
                        Some(c) => c.iter().map(expr).collect::<Vec<_>>().join(", "),
                        None => "default".to_string(),
                    };
                    format!("{conds} => {}", expr(&a.body))
                })
                .collect();
            format!("match({}){{{}}}", expr(subject), arms.join("; "))
        }
        ExprKind::ArrowFn(f) => format!(
            "({}fn({}) => {})",
            if f.static_ { "static " } else { "" },
            f.params
                .iter()
                .map(|p| format!("${}", p.name.name))
                .collect::<Vec<_>>()
                .join(", "),
            expr(&f.body)
        ),
        ExprKind::Closure(c) => format!(
            "({}function({}) use({}) {{{} stmts}})",
            if c.static_ { "static " } else { "" },
            c.params
                .iter()
                .map(|p| format!("${}", p.name.name))
                .collect::<Vec<_>>()
                .join(", "),
            c.uses
                .iter()
                .map(|(n, r)| format!("{}${}", if *r { "&" } else { "" }, n.name))
                .collect::<Vec<_>>()
                .join(", "),
            c.body.len()
        ),
        ExprKind::AnonClass { decl, args: a } => {
            format!("(new class({}) {} members)", args(a), decl.members.len())
        }
    }
}

fn bin(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Mod => "%",
        Pow => "**",
        Concat => ".",
        ShiftLeft => "<<",
        ShiftRight => ">>",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        BooleanAnd => "&&",
        BooleanOr => "||",
        LogicalXor => "xor",
        Equal => "==",
        NotEqual => "!=",
        Identical => "===",
        NotIdentical => "!==",
        Less => "<",
        LessEqual => "<=",
        Greater => ">",
        GreaterEqual => ">=",
        Spaceship => "<=>",
        Coalesce => "??",
    }
}

pub fn name(n: &Name) -> String {
    match n.kind {
        NameKind::FullyQualified => format!("\\{}", n.parts),
        NameKind::Relative => format!("namespace\\{}", n.parts),
        _ => n.parts.clone(),
    }
}

fn member(m: &MemberName) -> String {
    match m {
        MemberName::Ident(i) => i.name.clone(),
        MemberName::Expr(e) => format!("{{{}}}", expr(e)),
    }
}

fn class_ref(c: &ClassRef) -> String {
    match c {
        ClassRef::Name(n) => name(n),
        ClassRef::Expr(e) => expr(e),
        ClassRef::Anonymous => "class".to_string(),
    }
}

fn callee(c: &Callee) -> String {
    match c {
        Callee::Name(n) => name(n),
        Callee::Expr(e) => format!("({})", expr(e)),
        Callee::Method {
            obj,
            name,
            nullsafe,
        } => {
            format!(
                "{}{}{}",
                expr(obj),
                if *nullsafe { "?->" } else { "->" },
                member(name)
            )
        }
        Callee::Static { class, name } => format!("{}::{}", class_ref(class), member(name)),
    }
}

fn args(a: &[Arg]) -> String {
    a.iter()
        .map(|a| {
            let mut s = String::new();
            if let Some(n) = &a.name {
                s.push_str(&n.name);
                s.push_str(": ");
            }
            if a.unpack {
                s.push_str("...");
            }
            s + &expr(&a.value)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn items(i: &[Option<ArrayItem>]) -> String {
    i.iter()
        .map(|item| match item {
            None => "_".to_string(),
            Some(it) => {
                let mut s = String::new();
                if let Some(k) = &it.key {
                    s.push_str(&expr(k));
                    s.push_str(" => ");
                }
                if it.by_ref {
                    s.push('&');
                }
                if it.unpack {
                    s.push_str("...");
                }
                s + &expr(&it.value)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn interp(parts: &[InterpPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            InterpPart::Literal(b) => String::from_utf8_lossy(b).into_owned(),
            InterpPart::Expr(e) => format!("{{{}}}", expr(e)),
        })
        .collect()
}
