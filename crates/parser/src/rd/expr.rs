//! Expressions: one function per precedence level of zend_language_parser.y, the binary
//! operators from `??` to `* / %` by precedence climbing. Node spans and the `Ctx` calls
//! are the grammar actions' (see grammar.lalrpop), in the order LR reduction runs them.
//!
//! The grammar's "closed" operand levels (what may be a left operand) need no check here:
//! an open form (`$a = …`, `print …`, `include …`, `throw …`, `fn() => …`) takes every
//! tighter operator after it, so only looser ones (`and`, `or`, `xor`) can follow it, as
//! in the grammar. Only array keys and match conditions, which must be closed before `=>`,
//! check it ([`ends_open`]).

use miniphp_lexer::TokenKind as K;

use super::{is_amp, is_identifier, is_name, Decline, Parser, R};
use crate::ast::*;
use crate::ctx::{arrow_fn, closure, static_prop, with_attributes, ArgList, Quote, RawPart};

/// What a parsed operand is in the grammar's terms: which postfix forms may follow it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A `Variable` that may be called or assigned: `$a`, `$a[0]`, `f()`, `$o->m()`.
    Var,
    /// A `Variable` that cannot be called as it is: `$o->p`, `A::$p` (a call is taken
    /// with the member).
    Member,
    /// `( expr )`
    Paren,
    /// `'s'`, `"s $x"`: dereferenceable scalars.
    Scalar,
    /// `[…]` / `array(…)` not dereferenced yet: a scalar that may be destructured.
    ArrayLit,
    /// `A::B`
    ClassConst,
    /// A constant name (`Const(name)`): a call, a class, a chain start.
    Name,
    /// `__LINE__` & co: only `[` and `->` may follow.
    Magic,
    /// The `static` keyword before `::` (as `Const(name)`).
    Static,
    /// Nothing may follow (numbers, heredocs, `new`, closures, `isset(…)`…).
    Closed,
}

impl Shape {
    /// Zend's `array_object_dereferenceable`: may take `[…]`, `->`, `?->`.
    fn chains(self) -> bool {
        !matches!(self, Shape::Static | Shape::Closed)
    }

    /// May be the class before `::`.
    fn class_like(self) -> bool {
        !matches!(self, Shape::Magic | Shape::Closed)
    }

    fn is_variable(self) -> bool {
        matches!(self, Shape::Var | Shape::Member)
    }
}

/// Precedence (higher binds tighter) and associativity of the operators from `??` to
/// `* / %`, as `Ctx::chain_op` groups them.
fn binary_op(kind: K) -> Option<(BinaryOp, u8, Assoc)> {
    use BinaryOp::*;
    let (op, prec, assoc) = match kind {
        K::Coalesce => (Coalesce, 1, Assoc::Right),
        K::BooleanOr => (BooleanOr, 2, Assoc::Left),
        K::BooleanAnd => (BooleanAnd, 3, Assoc::Left),
        K::Pipe => (BitOr, 4, Assoc::Left),
        K::Caret => (BitXor, 5, Assoc::Left),
        K::AmpersandFollowedByVarOrVararg | K::AmpersandNotFollowedByVarOrVararg => {
            (BitAnd, 6, Assoc::Left)
        }
        K::IsEqual => (Equal, 7, Assoc::None),
        K::IsNotEqual => (NotEqual, 7, Assoc::None),
        K::IsIdentical => (Identical, 7, Assoc::None),
        K::IsNotIdentical => (NotIdentical, 7, Assoc::None),
        K::Spaceship => (Spaceship, 7, Assoc::None),
        K::Lt => (Less, 8, Assoc::None),
        K::IsSmallerOrEqual => (LessEqual, 8, Assoc::None),
        K::Gt => (Greater, 8, Assoc::None),
        K::IsGreaterOrEqual => (GreaterEqual, 8, Assoc::None),
        K::Dot => (Concat, 9, Assoc::Left),
        K::Sl => (ShiftLeft, 10, Assoc::Left),
        K::Sr => (ShiftRight, 10, Assoc::Left),
        K::Plus => (Add, 11, Assoc::Left),
        K::Minus => (Sub, 11, Assoc::Left),
        K::Star => (Mul, 12, Assoc::Left),
        K::Slash => (Div, 12, Assoc::Left),
        K::Percent => (Mod, 12, Assoc::Left),
        _ => return None,
    };
    Some((op, prec, assoc))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Assoc {
    Left,
    Right,
    /// Comparisons: `1 < 2 < 3` is a syntax error.
    None,
}

fn is_assign_op(kind: K) -> bool {
    matches!(
        kind,
        K::PlusEqual
            | K::MinusEqual
            | K::MulEqual
            | K::DivEqual
            | K::ConcatEqual
            | K::ModEqual
            | K::AndEqual
            | K::OrEqual
            | K::XorEqual
            | K::SlEqual
            | K::SrEqual
            | K::CoalesceEqual
            | K::PowEqual
    )
}

fn cast_type(kind: K) -> Option<CastType> {
    Some(match kind {
        K::IntCast => CastType::Int,
        K::DoubleCast => CastType::Float,
        K::StringCast => CastType::String,
        K::ArrayCast => CastType::Array,
        K::ObjectCast => CastType::Object,
        K::BoolCast => CastType::Bool,
        K::UnsetCast => CastType::Unset,
        _ => return None,
    })
}

fn magic_const(kind: K) -> Option<MagicConst> {
    Some(match kind {
        K::Line => MagicConst::Line,
        K::File => MagicConst::File,
        K::Dir => MagicConst::Dir,
        K::ClassC => MagicConst::Class,
        K::TraitC => MagicConst::Trait,
        K::MethodC => MagicConst::Method,
        K::FuncC => MagicConst::Function,
        K::NsC => MagicConst::Namespace,
        _ => return None,
    })
}

fn include_kind(kind: K) -> Option<IncludeKind> {
    Some(match kind {
        K::Include => IncludeKind::Include,
        K::IncludeOnce => IncludeKind::IncludeOnce,
        K::Require => IncludeKind::Require,
        K::RequireOnce => IncludeKind::RequireOnce,
        _ => return None,
    })
}

/// Whether an expression ends with an open prefix form (an assignment, `print`, `throw`,
/// `include`, `fn`…) whose operand ran to its end: the grammar does not take one before
/// `=>`. Parentheses are not in the tree, so `(… $a = 1) => …` is refused too (the
/// grammar then decides).
fn ends_open(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Assign { .. }
        | ExprKind::AssignOp { .. }
        | ExprKind::Print(_)
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom(_)
        | ExprKind::Throw(_)
        | ExprKind::Include { .. }
        | ExprKind::ArrowFn(_) => true,
        ExprKind::Binary { right: e, .. }
        | ExprKind::Unary { expr: e, .. }
        | ExprKind::Cast { expr: e, .. }
        | ExprKind::Silence(e)
        | ExprKind::Clone(e)
        | ExprKind::Ternary { else_: e, .. } => ends_open(e),
        _ => false,
    }
}

/// The name a `Const` expression holds (a name or `static` before `::` / `(`).
fn const_name(e: Expr) -> R<Name> {
    match e.kind {
        ExprKind::Const(name) => Ok(name),
        _ => Err(Decline),
    }
}

impl Parser<'_, '_> {
    /// Zend's `expr`: everything down to `or`.
    pub(super) fn expr(&mut self) -> R<Expr> {
        self.nested(|s| s.logical(1))
    }

    /// `or` (1), `xor` (2), `and` (3): left-associative, operands are ternaries.
    fn logical(&mut self, min: u8) -> R<Expr> {
        let l = self.pos;
        let mut left = self.ternary()?;
        loop {
            let (op, prec) = match self.peek() {
                K::LogicalOr => (BinaryOp::BooleanOr, 1),
                K::LogicalXor => (BinaryOp::LogicalXor, 2),
                K::LogicalAnd => (BinaryOp::BooleanAnd, 3),
                _ => return Ok(left),
            };
            if prec < min {
                return Ok(left);
            }
            self.bump();
            let right = self.logical(prec + 1)?;
            left = self.p.bin(l, op, left, right);
        }
    }

    /// `a ? b : c`, `a ?: c` (left-associative: the grammar's nested-ternary fatal sees
    /// the left one), and everything tighter: the right operand of `=` and `print`.
    fn ternary(&mut self) -> R<Expr> {
        let l = self.pos;
        let mut cond = self.binary(1)?;
        while self.eat(K::Question) {
            let then = if self.eat(K::Colon) {
                None
            } else {
                let then = self.expr()?;
                self.expect(K::Colon)?;
                Some(then)
            };
            let else_ = self.binary(1)?;
            cond = self.p.ternary(l, cond, then, else_);
        }
        Ok(cond)
    }

    /// The binary operators `??` … `* / %` of precedence `min` and above.
    fn binary(&mut self, min: u8) -> R<Expr> {
        let l = self.pos;
        let mut left = self.not()?;
        let mut last_nonassoc = 0;
        while let Some((op, prec, assoc)) = binary_op(self.peek()) {
            if prec < min {
                break;
            }
            if assoc == Assoc::None && prec == last_nonassoc {
                return Err(Decline);
            }
            self.bump();
            let next = if assoc == Assoc::Right {
                prec
            } else {
                prec + 1
            };
            let right = self.nested(|s| s.binary(next))?;
            left = self.p.bin(l, op, left, right);
            last_nonassoc = if assoc == Assoc::None { prec } else { 0 };
        }
        Ok(left)
    }

    /// `!e` (looser than `instanceof`).
    fn not(&mut self) -> R<Expr> {
        if self.peek() == K::Bang {
            let l = self.bump();
            let e = self.nested(|s| s.not())?;
            return Ok(self.p.unary(l, UnaryOp::Not, e));
        }
        self.instanceof()
    }

    #[inline]
    fn instanceof(&mut self) -> R<Expr> {
        let l = self.pos;
        let mut e = self.unary()?;
        while self.eat(K::Instanceof) {
            let class = self.class_name_ref()?;
            e = self.p.expr(
                l,
                ExprKind::Instanceof {
                    expr: Box::new(e),
                    class: Box::new(class),
                },
            );
        }
        Ok(e)
    }

    /// `~ - + @` and casts, whose operand may be a `!` too (`-!$a`), or a `**` operand.
    /// Inlined: most operands have no prefix, and a call level per operand is what
    /// a parser of this kind mostly spends on.
    #[inline]
    fn unary(&mut self) -> R<Expr> {
        match self.peek() {
            K::Tilde | K::Minus | K::Plus | K::At => self.prefixed(),
            k if cast_type(k).is_some() => self.prefixed(),
            _ => self.pow(),
        }
    }

    /// [`Self::unary`] at a prefix operator.
    fn prefixed(&mut self) -> R<Expr> {
        let kind = self.peek();
        let op = match kind {
            K::Tilde => Some(UnaryOp::BitNot),
            K::Minus => Some(UnaryOp::Neg),
            K::Plus => Some(UnaryOp::Plus),
            _ => None,
        };
        let cast = cast_type(kind);
        let l = self.bump();
        let e = self.nested(|s| s.unary_or_not())?;
        Ok(match (op, cast) {
            (Some(op), _) => self.p.unary(l, op, e),
            (None, Some(ty)) => {
                if ty == CastType::Unset {
                    self.p.fatal(
                        "The (unset) cast is no longer supported".to_string(),
                        self.p.line(l),
                    );
                }
                self.p.expr(
                    l,
                    ExprKind::Cast {
                        ty,
                        expr: Box::new(e),
                    },
                )
            }
            (None, None) => self.p.expr(l, ExprKind::Silence(Box::new(e))),
        })
    }

    fn unary_or_not(&mut self) -> R<Expr> {
        if self.peek() == K::Bang {
            let l = self.bump();
            let e = self.nested(|s| s.unary_or_not())?;
            return Ok(self.p.unary(l, UnaryOp::Not, e));
        }
        self.unary()
    }

    /// `a ** b`: right-associative, tighter than the unary operators on its left only.
    #[inline]
    fn pow(&mut self) -> R<Expr> {
        let l = self.pos;
        let base = self.operand()?;
        if self.eat(K::Pow) {
            let e = self.nested(|s| s.unary_or_not())?;
            return Ok(self.p.bin(l, BinaryOp::Pow, base, e));
        }
        Ok(base)
    }

    /// The grammar's `Operand`: an atom, `clone`, or an open prefix form.
    fn operand(&mut self) -> R<Expr> {
        let l = self.pos;
        let kind = self.peek();
        let boxed =
            |s: &mut Self, kind: fn(Box<Expr>) -> ExprKind, e: Expr| s.p.expr(l, kind(Box::new(e)));
        match kind {
            K::Clone => {
                self.bump();
                let e = self.nested(|s| s.operand())?;
                Ok(boxed(self, ExprKind::Clone, e))
            }
            K::Print => {
                self.bump();
                let e = self.nested(|s| s.ternary())?;
                Ok(boxed(self, ExprKind::Print, e))
            }
            K::Throw => {
                self.bump();
                let e = self.expr()?;
                Ok(boxed(self, ExprKind::Throw, e))
            }
            K::Yield => self.yield_expr(),
            K::YieldFrom => {
                self.bump();
                let e = self.nested(|s| s.ternary())?;
                Ok(boxed(self, ExprKind::YieldFrom, e))
            }
            K::Attribute => {
                let attrs = self.attributes()?;
                let e = match (self.peek(), self.peek_at(1)) {
                    (K::Fn, _) => self.arrow_fn(false)?,
                    (K::Static, K::Fn) => self.arrow_fn(true)?,
                    (K::Function, _) => self.closure(false)?,
                    (K::Static, K::Function) => self.closure(true)?,
                    _ => return Err(Decline),
                };
                Ok(with_attributes(e, attrs))
            }
            K::Fn => self.arrow_fn(false),
            K::Static if self.peek_at(1) == K::Fn => self.arrow_fn(true),
            K::Inc | K::Dec => {
                self.bump();
                let v = self.variable()?;
                let wrap = if kind == K::Inc {
                    ExprKind::PreInc
                } else {
                    ExprKind::PreDec
                };
                Ok(boxed(self, wrap, v))
            }
            K::List => {
                self.bump();
                self.expect(K::LParen)?;
                let items = self.array_pair_list(K::RParen)?;
                self.expect(K::RParen)?;
                self.expect(K::Equals)?;
                let value = self.nested(|s| s.ternary())?;
                let target = self.p.destructure(l, ExprKind::List(items));
                Ok(self.assign(l, target, value))
            }
            _ => {
                if let Some(kind) = include_kind(kind) {
                    self.bump();
                    let e = self.expr()?;
                    return Ok(self.p.expr(
                        l,
                        ExprKind::Include {
                            kind,
                            expr: Box::new(e),
                        },
                    ));
                }
                let (e, shape) = self.postfix()?;
                self.after_operand(l, e, shape)
            }
        }
    }

    /// `yield`, `yield v`, `yield k => v` (a bare `yield` only before a closing token; a
    /// key ending with an open form, or a nested keyed yield, is left to the grammar).
    fn yield_expr(&mut self) -> R<Expr> {
        let l = self.bump();
        let bare = matches!(
            self.peek(),
            K::Semicolon | K::RParen | K::Comma | K::RBracket
        );
        let (key, value) = if bare {
            (None, None)
        } else {
            if self.peek() == K::Yield {
                return Err(Decline);
            }
            let first = self.nested(|s| s.ternary())?;
            if self.eat(K::DoubleArrow) {
                if ends_open(&first) {
                    return Err(Decline);
                }
                let value = self.nested(|s| s.ternary())?;
                (Some(Box::new(first)), Some(Box::new(value)))
            } else {
                (None, Some(Box::new(first)))
            }
        };
        Ok(self.p.expr(l, ExprKind::Yield { key, value }))
    }

    /// What may follow a whole operand: an assignment to it, `++`, `--`.
    fn after_operand(&mut self, l: usize, e: Expr, shape: Shape) -> R<Expr> {
        let next = self.peek();
        if shape == Shape::ArrayLit && next == K::Equals {
            self.bump();
            let value = self.nested(|s| s.ternary())?;
            let target = self.p.destructure(l, e.kind);
            return Ok(self.assign(l, target, value));
        }
        if !shape.is_variable() {
            return Ok(e);
        }
        match next {
            K::Equals if is_amp(self.peek_at(1)) => {
                self.pos += 2;
                let value = self.variable()?;
                Ok(self.p.expr(
                    l,
                    ExprKind::AssignRef {
                        target: Box::new(e),
                        value: Box::new(value),
                    },
                ))
            }
            K::Equals => {
                self.bump();
                let value = self.nested(|s| s.ternary())?;
                Ok(self.assign(l, e, value))
            }
            k if is_assign_op(k) => {
                let o = self.bump();
                let value = self.nested(|s| s.ternary())?;
                Ok(self.p.assign_op(l, o, e, value))
            }
            K::Inc => {
                self.bump();
                Ok(self.p.expr(l, ExprKind::PostInc(Box::new(e))))
            }
            K::Dec => {
                self.bump();
                Ok(self.p.expr(l, ExprKind::PostDec(Box::new(e))))
            }
            _ => Ok(e),
        }
    }

    fn assign(&self, l: usize, target: Expr, value: Expr) -> Expr {
        self.p.expr(
            l,
            ExprKind::Assign {
                target: Box::new(target),
                value: Box::new(value),
            },
        )
    }

    /// The grammar's `Variable` (no assignment after it).
    pub(super) fn variable(&mut self) -> R<Expr> {
        let (e, shape) = self.postfix()?;
        if shape.is_variable() {
            Ok(e)
        } else {
            Err(Decline)
        }
    }

    /// An atom and its `[…]`, `->`, `::`, `(…)` postfixes.
    fn postfix(&mut self) -> R<(Expr, Shape)> {
        let l = self.pos;
        let (mut e, mut shape) = self.primary()?;
        loop {
            match self.peek() {
                K::LBracket if shape.chains() => {
                    let dim = self.dim()?;
                    let base = Box::new(e);
                    e = self.p.expr(l, ExprKind::Index { base, dim });
                    shape = Shape::Var;
                }
                K::LBrace if shape.chains() => {
                    self.bump();
                    let dim = Some(Box::new(self.expr()?));
                    self.expect(K::RBrace)?;
                    let message = "Array and string offset access syntax with curly braces is no longer supported";
                    self.p.fatal(message.to_string(), self.p.line(l));
                    let base = Box::new(e);
                    e = self.p.expr(l, ExprKind::Index { base, dim });
                    shape = Shape::Var;
                }
                K::ObjectOperator | K::NullsafeObjectOperator if shape.chains() => {
                    let nullsafe = self.bump_kind() == K::NullsafeObjectOperator;
                    let name = self.prop_name()?;
                    if self.peek() == K::LParen {
                        let args = self.arg_list()?;
                        let callee = Callee::Method {
                            obj: e,
                            name,
                            nullsafe,
                        };
                        e = self.p.call(l, callee, args);
                        shape = Shape::Var;
                    } else {
                        let (obj, name) = (Box::new(e), Box::new(name));
                        e = self.p.expr(
                            l,
                            ExprKind::Prop {
                                obj,
                                name,
                                nullsafe,
                            },
                        );
                        shape = Shape::Member;
                    }
                }
                K::PaamayimNekudotayim if shape.class_like() => {
                    self.bump();
                    let class = match shape {
                        Shape::Name | Shape::Static => ClassRef::Name(const_name(e)?),
                        _ => ClassRef::Expr(e),
                    };
                    (e, shape) = self.static_member(l, class)?;
                }
                K::LParen if shape == Shape::Name => {
                    let name = const_name(e)?;
                    let args = self.arg_list()?;
                    e = self.p.function_call(l, name, args, self.pos);
                    shape = Shape::Var;
                }
                K::LParen
                    if matches!(
                        shape,
                        Shape::Var | Shape::Paren | Shape::Scalar | Shape::ArrayLit
                    ) =>
                {
                    let open = self.pos;
                    let args = self.arg_list()?;
                    e = self.p.call(open, Callee::Expr(e), args);
                    shape = Shape::Var;
                }
                _ => return Ok((e, shape)),
            }
        }
    }

    /// `[expr]` or `[]` after a variable.
    fn dim(&mut self) -> R<Option<Box<Expr>>> {
        self.bump();
        let dim = if self.peek() == K::RBracket {
            None
        } else {
            Some(Box::new(self.expr()?))
        };
        self.expect(K::RBracket)?;
        Ok(dim)
    }

    /// An argument list where `(...)` means no arguments (attributes, `new class`).
    pub(super) fn plain_args(&mut self) -> R<Vec<Arg>> {
        Ok(match self.arg_list()? {
            ArgList::Args(args) => args,
            ArgList::Callable => Vec::new(),
        })
    }

    /// After `A::`: a static property, a class constant or a static call.
    fn static_member(&mut self, l: usize, class: ClassRef) -> R<(Expr, Shape)> {
        let kind = self.peek();
        let name = match kind {
            K::Variable | K::Dollar => {
                let var = self.simple_var()?;
                if self.peek() != K::LParen {
                    return Ok((static_prop(self.p, l, class, var), Shape::Member));
                }
                MemberName::Expr(var)
            }
            K::LBrace => {
                self.bump();
                let e = self.expr()?;
                self.expect(K::RBrace)?;
                MemberName::Expr(e)
            }
            k if is_identifier(k) => {
                let n = self.bump();
                if self.peek() != K::LParen {
                    let name = self.p.ident(n);
                    let class = Box::new(class);
                    let e = self.p.expr(l, ExprKind::ClassConst { class, name });
                    return Ok((e, Shape::ClassConst));
                }
                MemberName::Ident(self.p.ident(n))
            }
            _ => return Err(Decline),
        };
        if self.peek() != K::LParen {
            return Err(Decline);
        }
        let args = self.arg_list()?;
        Ok((
            self.p.call(l, Callee::Static { class, name }, args),
            Shape::Var,
        ))
    }

    /// After `->`: a name, `{expr}` or a variable.
    fn prop_name(&mut self) -> R<MemberName> {
        match self.peek() {
            K::String => {
                let n = self.bump();
                Ok(MemberName::Ident(self.p.ident(n)))
            }
            K::LBrace => {
                self.bump();
                let e = self.expr()?;
                self.expect(K::RBrace)?;
                Ok(MemberName::Expr(e))
            }
            K::Variable | K::Dollar => Ok(MemberName::Expr(self.simple_var()?)),
            _ => Err(Decline),
        }
    }

    /// `$a`, `$$a`, `${expr}`.
    pub(super) fn simple_var(&mut self) -> R<Expr> {
        let l = self.pos;
        match self.peek() {
            K::Variable => {
                self.bump();
                Ok(self.p.expr(l, ExprKind::Var(self.p.var_name(l).name)))
            }
            K::Dollar => {
                self.bump();
                let inner = if self.eat(K::LBrace) {
                    let e = self.expr()?;
                    self.expect(K::RBrace)?;
                    e
                } else {
                    self.nested(|s| s.simple_var())?
                };
                Ok(self.p.expr(l, ExprKind::VarVar(Box::new(inner))))
            }
            _ => Err(Decline),
        }
    }

    /// `( args )`, `( ... )`.
    pub(super) fn arg_list(&mut self) -> R<ArgList> {
        self.expect(K::LParen)?;
        if self.eat(K::RParen) {
            return Ok(ArgList::Args(Vec::new()));
        }
        if self.peek() == K::Ellipsis && self.peek_at(1) == K::RParen {
            self.pos += 2;
            return Ok(ArgList::Callable);
        }
        let mut args = Vec::new();
        loop {
            args.push(self.argument()?);
            if !self.eat(K::Comma) {
                self.expect(K::RParen)?;
                break;
            }
            if self.eat(K::RParen) {
                break;
            }
        }
        Ok(ArgList::Args(args))
    }

    fn argument(&mut self) -> R<Arg> {
        if self.eat(K::Ellipsis) {
            let value = self.expr()?;
            return Ok(Arg {
                value,
                unpack: true,
                name: None,
            });
        }
        let name = if is_identifier(self.peek()) && self.peek_at(1) == K::Colon {
            let n = self.bump();
            self.bump();
            Some(self.p.ident(n))
        } else {
            None
        };
        let value = self.expr()?;
        Ok(Arg {
            value,
            unpack: false,
            name,
        })
    }

    /// An operand before any postfix.
    fn primary(&mut self) -> R<(Expr, Shape)> {
        let l = self.pos;
        let kind = self.peek();
        let closed = |e| Ok((e, Shape::Closed));
        match kind {
            K::Variable | K::Dollar => Ok((self.simple_var()?, Shape::Var)),
            K::LParen => {
                self.bump();
                let e = self.expr()?;
                self.expect(K::RParen)?;
                Ok((self.p.paren(l, e), Shape::Paren))
            }
            K::LNumber | K::DNumber => {
                self.bump();
                closed(self.p.number(l))
            }
            K::ConstantEncapsedString => {
                self.bump();
                Ok((self.p.constant_string(l), Shape::Scalar))
            }
            K::DoubleQuote => {
                self.bump();
                let parts = self.encaps_list(K::DoubleQuote)?;
                if !parts.iter().any(|p| matches!(p, RawPart::Expr(_))) {
                    return Err(Decline);
                }
                self.bump();
                let parts = self.p.interpolated(parts, Quote::Double);
                Ok((self.p.expr(l, ExprKind::Interpolated(parts)), Shape::Scalar))
            }
            K::StartHeredoc => closed(self.heredoc()?),
            K::Backtick => closed(self.shell_exec()?),
            K::Array if self.peek_at(1) == K::LParen => {
                Ok((self.array_literal(false)?, Shape::ArrayLit))
            }
            K::LBracket => Ok((self.array_literal(true)?, Shape::ArrayLit)),
            k if is_name(k) => {
                self.bump();
                let n = self.p.name(l);
                Ok((
                    Expr {
                        span: n.span,
                        kind: ExprKind::Const(n),
                    },
                    Shape::Name,
                ))
            }
            K::Static if self.peek_at(1) == K::PaamayimNekudotayim => {
                self.bump();
                let n = self.p.keyword_name(l);
                Ok((self.p.expr(l, ExprKind::Const(n)), Shape::Static))
            }
            K::Static if self.peek_at(1) == K::Function => closed(self.closure(true)?),
            K::Function => closed(self.closure(false)?),
            K::New => closed(self.new_expr()?),
            K::Isset => {
                self.bump();
                self.expect(K::LParen)?;
                let list = self.list_before(K::RParen, |s| s.expr())?;
                self.expect(K::RParen)?;
                closed(self.p.expr(l, ExprKind::Isset(list)))
            }
            K::Empty | K::Eval => {
                self.bump();
                self.expect(K::LParen)?;
                let e = Box::new(self.expr()?);
                self.expect(K::RParen)?;
                let kind = if kind == K::Empty {
                    ExprKind::Empty(e)
                } else {
                    ExprKind::Eval(e)
                };
                closed(self.p.expr(l, kind))
            }
            K::Exit => {
                self.bump();
                let mut e = None;
                if self.eat(K::LParen) {
                    if self.peek() != K::RParen {
                        e = Some(Box::new(self.expr()?));
                    }
                    self.expect(K::RParen)?;
                }
                closed(self.p.expr(l, ExprKind::Exit(e)))
            }
            K::Match => closed(self.match_expr()?),
            _ => match magic_const(kind) {
                Some(m) => {
                    self.bump();
                    Ok((self.p.expr(l, ExprKind::MagicConst(m)), Shape::Magic))
                }
                None => Err(Decline),
            },
        }
    }

    /// `new X(…)` (span at the class, as ZEND_AST_NEW takes its line).
    fn new_expr(&mut self) -> R<Expr> {
        self.bump();
        let l = self.pos;
        match self.peek() {
            K::Class => return self.anon_class(),
            K::Attribute => {
                let attrs = self.attributes()?;
                if self.peek() != K::Class {
                    return Err(Decline);
                }
                return Ok(with_attributes(self.anon_class()?, attrs));
            }
            _ => {}
        }
        let class = self.class_name_ref()?;
        let args = if self.peek() == K::LParen {
            Some(self.arg_list()?)
        } else {
            None
        };
        Ok(self.p.new_expr(l, class, args))
    }

    /// The class of `new` and `instanceof`: a name, `static`, a variable without calls,
    /// or `(expr)`.
    fn class_name_ref(&mut self) -> R<ClassRef> {
        let l = self.pos;
        let kind = self.peek();
        let base = match kind {
            K::LParen => {
                self.bump();
                let e = self.expr()?;
                self.expect(K::RParen)?;
                return Ok(ClassRef::Expr(e));
            }
            K::Static | K::String | K::NameQualified | K::NameFullyQualified | K::NameRelative => {
                self.bump();
                let name = if kind == K::Static {
                    self.p.keyword_name(l)
                } else {
                    self.p.name(l)
                };
                if self.peek() != K::PaamayimNekudotayim {
                    return Ok(ClassRef::Name(name));
                }
                self.bump();
                let var = self.simple_var()?;
                static_prop(self.p, l, ClassRef::Name(name), var)
            }
            K::Variable | K::Dollar => self.simple_var()?,
            _ => return Err(Decline),
        };
        let mut e = base;
        loop {
            match self.peek() {
                K::LBracket => {
                    let dim = self.dim()?;
                    e = self.p.expr(
                        l,
                        ExprKind::Index {
                            base: Box::new(e),
                            dim,
                        },
                    );
                }
                K::ObjectOperator | K::NullsafeObjectOperator => {
                    let nullsafe = self.bump_kind() == K::NullsafeObjectOperator;
                    let name = Box::new(self.prop_name()?);
                    let obj = Box::new(e);
                    e = self.p.expr(
                        l,
                        ExprKind::Prop {
                            obj,
                            name,
                            nullsafe,
                        },
                    );
                }
                K::PaamayimNekudotayim => {
                    self.bump();
                    let var = self.simple_var()?;
                    e = static_prop(self.p, l, ClassRef::Expr(e), var);
                }
                _ => return Ok(ClassRef::Expr(e)),
            }
        }
    }

    /// `[…]` or `array(…)`.
    fn array_literal(&mut self, short: bool) -> R<Expr> {
        let l = self.bump();
        let items = self.delimited_pairs(short)?;
        Ok(self.p.expr(l, ExprKind::Array { items, short }))
    }

    /// The pairs of `[…]` (`short`, its `[` taken) or of `array(…)`/`list(…)` (the
    /// keyword taken), through the closing bracket.
    pub(super) fn delimited_pairs(&mut self, short: bool) -> R<Vec<Option<ArrayItem>>> {
        let close = if short {
            K::RBracket
        } else {
            self.expect(K::LParen)?;
            K::RParen
        };
        let items = self.array_pair_list(close)?;
        self.expect(close)?;
        Ok(items)
    }

    /// `$name` with an optional `= default` (a property item, a static variable).
    pub(super) fn var_with_default(&mut self) -> R<(Ident, Option<Expr>)> {
        let n = self.expect(K::Variable)?;
        let default = if self.eat(K::Equals) {
            Some(self.expr()?)
        } else {
            None
        };
        Ok((self.p.var_name(n), default))
    }

    /// The elements of an array or `list()`, up to (not including) `close`; empty slots are
    /// None, one trailing empty slot is dropped (Zend's rtrim).
    pub(super) fn array_pair_list(&mut self, close: K) -> R<Vec<Option<ArrayItem>>> {
        let mut items = Vec::new();
        loop {
            let next = self.peek();
            if next == close || next == K::Comma {
                items.push(None);
            } else {
                items.push(Some(self.array_pair()?));
            }
            if !self.eat(K::Comma) {
                break;
            }
        }
        if matches!(items.last(), Some(None)) {
            items.pop();
        }
        Ok(items)
    }

    fn array_pair(&mut self) -> R<ArrayItem> {
        let item = |key, value, by_ref, unpack| ArrayItem {
            key,
            value,
            by_ref,
            unpack,
        };
        match self.peek() {
            k if is_amp(k) => {
                self.bump();
                Ok(item(None, self.variable()?, true, false))
            }
            K::Ellipsis => {
                self.bump();
                Ok(item(None, self.expr()?, false, true))
            }
            K::List => Ok(item(None, self.nested_list()?, false, false)),
            _ => {
                let e = self.expr()?;
                if !self.eat(K::DoubleArrow) {
                    return Ok(item(None, e, false, false));
                }
                if ends_open(&e) {
                    return Err(Decline);
                }
                match self.peek() {
                    k if is_amp(k) => {
                        self.bump();
                        Ok(item(Some(e), self.variable()?, true, false))
                    }
                    K::List => Ok(item(Some(e), self.nested_list()?, false, false)),
                    _ => Ok(item(Some(e), self.expr()?, false, false)),
                }
            }
        }
    }

    /// `list(…)` inside an array pattern (an assignment to it is left to the grammar).
    fn nested_list(&mut self) -> R<Expr> {
        let l = self.bump();
        self.expect(K::LParen)?;
        let items = self.nested(|s| s.array_pair_list(K::RParen))?;
        self.expect(K::RParen)?;
        if self.peek() == K::Equals {
            return Err(Decline);
        }
        Ok(self.p.expr(l, ExprKind::List(items)))
    }

    /// The pieces of an interpolated string up to `end` (not consumed).
    fn encaps_list(&mut self, end: K) -> R<Vec<RawPart>> {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                K::EncapsedAndWhitespace => parts.push(RawPart::Lit(self.bump())),
                k if k == end => return Ok(parts),
                _ => parts.push(RawPart::Expr(self.encaps_var()?)),
            }
        }
    }

    fn encaps_var(&mut self) -> R<Expr> {
        let l = self.pos;
        match self.peek() {
            K::Variable => {
                self.bump();
                let var = self.p.expr(l, ExprKind::Var(self.p.var_name(l).name));
                match (self.peek(), self.peek_at(1)) {
                    (K::LBracket, _) => {
                        self.bump();
                        let dim = Some(Box::new(self.encaps_offset()?));
                        self.expect(K::RBracket)?;
                        let base = Box::new(var);
                        Ok(self.p.expr(l, ExprKind::Index { base, dim }))
                    }
                    (K::ObjectOperator | K::NullsafeObjectOperator, K::String) => {
                        let nullsafe = self.bump_kind() == K::NullsafeObjectOperator;
                        let n = self.bump();
                        let name = Box::new(MemberName::Ident(self.p.ident(n)));
                        let obj = Box::new(var);
                        Ok(self.p.expr(
                            l,
                            ExprKind::Prop {
                                obj,
                                name,
                                nullsafe,
                            },
                        ))
                    }
                    _ => Ok(var),
                }
            }
            K::DollarOpenCurlyBraces => {
                self.bump();
                if self.peek() != K::StringVarname {
                    let e = self.expr()?;
                    self.expect(K::RBrace)?;
                    self.p.dollar_brace(l, true);
                    return Ok(self.p.expr(l, ExprKind::VarVar(Box::new(e))));
                }
                let n = self.bump();
                if self.eat(K::RBrace) {
                    self.p.dollar_brace(l, false);
                    return Ok(self.p.expr(l, ExprKind::Var(self.p.text(n))));
                }
                self.expect(K::LBracket)?;
                let dim = Some(Box::new(self.expr()?));
                self.expect(K::RBracket)?;
                self.expect(K::RBrace)?;
                self.p.dollar_brace(l, false);
                let base = Box::new(self.p.expr(n, ExprKind::Var(self.p.text(n))));
                Ok(self.p.expr(l, ExprKind::Index { base, dim }))
            }
            K::CurlyOpen => {
                self.bump();
                let v = self.variable()?;
                self.expect(K::RBrace)?;
                Ok(v)
            }
            _ => Err(Decline),
        }
    }

    /// The offset in `"$a[…]"`.
    fn encaps_offset(&mut self) -> R<Expr> {
        let l = self.pos;
        match self.peek() {
            K::String => {
                self.bump();
                Ok(self.p.expr(l, ExprKind::String(self.p.bytes(l).to_vec())))
            }
            K::NumString => {
                self.bump();
                Ok(self.p.num_string(l, false))
            }
            K::Minus if self.peek_at(1) == K::NumString => {
                self.bump();
                let n = self.bump();
                Ok(self.p.num_string(n, true))
            }
            K::Variable => {
                self.bump();
                Ok(self.p.expr(l, ExprKind::Var(self.p.var_name(l).name)))
            }
            _ => Err(Decline),
        }
    }

    fn heredoc(&mut self) -> R<Expr> {
        let l = self.bump();
        match (self.peek(), self.peek_at(1)) {
            (K::EndHeredoc, _) => {
                let e = self.bump();
                return Ok(self.p.heredoc_literal(l, None, e));
            }
            (K::EncapsedAndWhitespace, K::EndHeredoc) => {
                let b = self.bump();
                let e = self.bump();
                return Ok(self.p.heredoc_literal(l, Some(b), e));
            }
            _ => {}
        }
        let parts = self.encaps_list(K::EndHeredoc)?;
        if !parts.iter().any(|p| matches!(p, RawPart::Expr(_))) {
            return Err(Decline);
        }
        let e = self.bump();
        let parts = self
            .p
            .interpolated(parts, Quote::Heredoc { start: l, end: e });
        Ok(self.p.expr(l, ExprKind::Interpolated(parts)))
    }

    fn shell_exec(&mut self) -> R<Expr> {
        let l = self.bump();
        let parts = self.encaps_list(K::Backtick)?;
        let literal_only = !parts.iter().any(|p| matches!(p, RawPart::Expr(_)));
        if literal_only && parts.len() > 1 {
            return Err(Decline);
        }
        self.bump();
        let parts = self.p.interpolated(parts, Quote::Backtick);
        Ok(self.p.expr(l, ExprKind::ShellExec(parts)))
    }

    fn match_expr(&mut self) -> R<Expr> {
        let l = self.bump();
        self.expect(K::LParen)?;
        let subject = Box::new(self.expr()?);
        self.expect(K::RParen)?;
        self.expect(K::LBrace)?;
        let mut arms = Vec::new();
        while self.peek() != K::RBrace {
            arms.push(self.match_arm()?);
            if !self.eat(K::Comma) {
                break;
            }
        }
        self.expect(K::RBrace)?;
        Ok(self.p.expr(l, ExprKind::Match { subject, arms }))
    }

    fn match_arm(&mut self) -> R<MatchArm> {
        let l = self.pos;
        let conds = if self.eat(K::Default) {
            self.eat(K::Comma);
            None
        } else {
            let mut conds = Vec::new();
            loop {
                let c = self.expr()?;
                if ends_open(&c) {
                    return Err(Decline);
                }
                conds.push(c);
                if !self.eat(K::Comma) || self.peek() == K::DoubleArrow {
                    break;
                }
            }
            Some(conds)
        };
        self.expect(K::DoubleArrow)?;
        let body = self.expr()?;
        Ok(MatchArm {
            conds,
            body,
            span: self.p.span(l),
        })
    }

    /// `function (…) use (…): T { … }` (at `function` or `static`).
    fn closure(&mut self, static_: bool) -> R<Expr> {
        let l = self.bump();
        if static_ {
            self.expect(K::Function)?;
        }
        let by_ref = self.returns_ref();
        let params = self.params()?;
        let mut uses = Vec::new();
        if self.eat(K::Use) {
            self.expect(K::LParen)?;
            uses = self.list_before(K::RParen, |s| {
                let by_ref = s.returns_ref();
                let n = s.expect(K::Variable)?;
                Ok((s.p.var_name(n), by_ref))
            })?;
            self.expect(K::RParen)?;
        }
        let ret = self.return_type()?;
        let body = self.block_body()?;
        let parts = (by_ref, params, uses, ret, body, self.pos);
        Ok(closure(self.p, l, static_, parts))
    }

    /// `fn (…): T => expr` (at `fn` or `static`).
    fn arrow_fn(&mut self, static_: bool) -> R<Expr> {
        let l = self.bump();
        if static_ {
            self.expect(K::Fn)?;
        }
        let by_ref = self.returns_ref();
        let params = self.params()?;
        let ret = self.return_type()?;
        self.expect(K::DoubleArrow)?;
        let body = self.expr()?;
        Ok(arrow_fn(self.p, l, static_, (by_ref, params, ret, body)))
    }

    /// The grammar's `ReturnsRef` / `Amp`: an optional `&`.
    pub(super) fn returns_ref(&mut self) -> bool {
        let amp = is_amp(self.peek());
        if amp {
            self.bump();
        }
        amp
    }
}
