//! Statements, as the grammar's `TopStmt`, `InnerStmt` and their `Closed`/`Open` forms
//! build them (a dangling `else` goes to the innermost `if`, as there).

use miniphp_lexer::TokenKind as K;

use super::{is_identifier, is_name, Decline, Parser, END, R};
use crate::ast::*;
use crate::ctx::{group_use, if_stmt, stmt_body, IfChain};

/// Where a statement is: what it may be.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// The file or a namespace body: `namespace`, `use`, `const`, `__halt_compiler` too.
    Top,
    /// A statement list (a block, a function body…): declarations too.
    Inner,
    /// The body of `if`, `while`… without braces: no declaration, no `__halt_compiler`.
    Body,
}

/// Tokens that end a statement list (none of them starts a statement).
fn ends_list(kind: K) -> bool {
    matches!(
        kind,
        K::RBrace
            | K::Endif
            | K::Else
            | K::Elseif
            | K::Endwhile
            | K::Endfor
            | K::Endforeach
            | K::Enddeclare
            | K::Endswitch
            | K::Case
            | K::Default
            | END
    )
}

impl Parser<'_, '_> {
    /// Statements up to a token that ends a list; `top` for the file and namespace bodies.
    pub(super) fn statements(&mut self, top: bool) -> R<Vec<Stmt>> {
        let place = if top { Place::Top } else { Place::Inner };
        let mut stmts = Vec::new();
        while !ends_list(self.peek()) {
            stmts.push(self.nested(|s| s.statement(place))?);
        }
        Ok(stmts)
    }

    /// `{ statements }`
    pub(super) fn block_body(&mut self) -> R<Vec<Stmt>> {
        self.expect(K::LBrace)?;
        let body = self.statements(false)?;
        self.expect(K::RBrace)?;
        Ok(body)
    }

    fn stmt(&self, l: usize, kind: StmtKind) -> Stmt {
        Stmt {
            kind,
            span: self.p.span(l),
        }
    }

    /// `( expr )` after `if`, `while`, `switch`…
    fn paren_expr(&mut self) -> R<Expr> {
        self.expect(K::LParen)?;
        let e = self.expr()?;
        self.expect(K::RParen)?;
        Ok(e)
    }

    /// A statement's body: a block's statements, or the statement itself.
    fn body(&mut self) -> R<Vec<Stmt>> {
        let s = self.nested(|s| s.statement(Place::Body))?;
        Ok(stmt_body(s))
    }

    /// `: statements END ;` of the alternative syntax.
    fn alt_body(&mut self, end: K) -> R<Vec<Stmt>> {
        let body = self.statements(false)?;
        self.expect(end)?;
        self.expect(K::Semicolon)?;
        Ok(body)
    }

    fn statement(&mut self, place: Place) -> R<Stmt> {
        let l = self.pos;
        let top = place == Place::Top;
        let decl = place != Place::Body;
        let kind = match self.peek() {
            K::LBrace => StmtKind::Block(self.block_body()?),
            K::If => return self.if_statement(),
            K::While => {
                self.bump();
                let cond = self.paren_expr()?;
                let body = if self.eat(K::Colon) {
                    self.alt_body(K::Endwhile)?
                } else {
                    self.body()?
                };
                StmtKind::While { cond, body }
            }
            K::Do => {
                self.bump();
                let body = self.body()?;
                self.expect(K::While)?;
                let cond = self.paren_expr()?;
                self.expect(K::Semicolon)?;
                StmtKind::DoWhile { body, cond }
            }
            K::For => self.for_statement()?,
            K::Foreach => self.foreach_statement()?,
            K::Declare => self.declare_statement()?,
            K::Switch => {
                self.bump();
                let subject = self.paren_expr()?;
                let cases = self.switch_body()?;
                StmtKind::Switch { subject, cases }
            }
            K::Break | K::Continue | K::Return => {
                let which = self.bump_kind();
                let e = if self.peek() == K::Semicolon {
                    None
                } else {
                    Some(self.expr()?)
                };
                self.expect(K::Semicolon)?;
                match which {
                    K::Break => StmtKind::Break(e),
                    K::Continue => StmtKind::Continue(e),
                    _ => StmtKind::Return(e),
                }
            }
            K::Global => {
                self.bump();
                let vars = self.comma_list(|s| s.simple_var())?;
                self.expect(K::Semicolon)?;
                StmtKind::Global(vars)
            }
            K::Static if self.peek_at(1) == K::Variable => {
                self.bump();
                let vars = self.comma_list(|s| {
                    let (name, default) = s.var_with_default()?;
                    Ok(StaticVar { name, default })
                })?;
                self.expect(K::Semicolon)?;
                StmtKind::StaticVar(vars)
            }
            K::Echo => {
                self.bump();
                let list = self.comma_list(|s| s.expr())?;
                self.expect(K::Semicolon)?;
                StmtKind::Echo(list)
            }
            K::InlineHtml => {
                self.bump();
                StmtKind::InlineHtml(self.p.bytes(l).to_vec())
            }
            K::Unset => {
                self.bump();
                self.expect(K::LParen)?;
                let list = self.list_before(K::RParen, |s| s.expr())?;
                self.expect(K::RParen)?;
                self.expect(K::Semicolon)?;
                StmtKind::Unset(list)
            }
            K::Semicolon => {
                self.bump();
                StmtKind::Nop
            }
            K::Try => self.try_statement()?,
            K::Goto => {
                self.bump();
                let n = self.expect(K::String)?;
                self.expect(K::Semicolon)?;
                StmtKind::Goto(self.p.ident(n))
            }
            K::String if self.peek_at(1) == K::Colon => {
                self.pos += 2;
                StmtKind::Label(self.p.ident(l))
            }
            K::Function if self.is_function_decl() && decl => {
                StmtKind::Function(Box::new(self.function_decl()?))
            }
            K::Abstract | K::Final | K::Readonly | K::Class | K::Interface | K::Trait | K::Enum
                if decl =>
            {
                StmtKind::Class(Box::new(self.class_like()?))
            }
            K::HaltCompiler if decl => {
                self.bump();
                self.expect(K::LParen)?;
                self.expect(K::RParen)?;
                self.expect(K::Semicolon)?;
                if !top {
                    let message = "__HALT_COMPILER() can only be used from the outermost scope";
                    self.p.compile_error(message.to_string(), self.p.line(l));
                }
                StmtKind::HaltCompiler
            }
            K::Namespace if top => self.namespace_statement()?,
            K::Use if top => self.use_statement()?,
            K::Const if top => {
                self.bump();
                let consts = self.comma_list(|s| {
                    let n = s.expect(K::String)?;
                    s.expect(K::Equals)?;
                    let value = s.expr()?;
                    Ok(ConstDecl {
                        name: s.p.ident(n),
                        value,
                    })
                })?;
                self.expect(K::Semicolon)?;
                StmtKind::Const(consts)
            }
            K::Attribute if decl && self.attributed_decl() => {
                let attributes = self.attributes()?;
                if self.peek() == K::Function {
                    let mut f = self.function_decl()?;
                    f.attributes = attributes;
                    StmtKind::Function(Box::new(f))
                } else {
                    let mut c = self.class_like()?;
                    c.attributes = attributes;
                    StmtKind::Class(Box::new(c))
                }
            }
            _ => {
                let e = self.expr()?;
                self.expect(K::Semicolon)?;
                match e.kind {
                    ExprKind::Throw(inner) => StmtKind::Throw(*inner),
                    _ => StmtKind::Expr(e),
                }
            }
        };
        Ok(self.stmt(l, kind))
    }

    /// `function name(` or `function &name(`, not a closure.
    fn is_function_decl(&self) -> bool {
        self.function_decl_at(0)
    }

    fn function_decl_at(&self, at: usize) -> bool {
        let name = if super::is_amp(self.peek_at(at + 1)) {
            2
        } else {
            1
        };
        self.peek_at(at) == K::Function
            && matches!(self.peek_at(at + name), K::String | K::Readonly)
    }

    /// Whether the attribute groups here precede a function or class-like declaration
    /// (not a closure): looks past their brackets without building them.
    fn attributed_decl(&self) -> bool {
        let mut depth = 0u32;
        let mut at = 0;
        loop {
            match self.peek_at(at) {
                K::Attribute | K::LBracket => depth += 1,
                K::RBracket if depth == 1 && self.peek_at(at + 1) != K::Attribute => break,
                K::RBracket => depth = depth.saturating_sub(1),
                END => return false,
                _ => {}
            }
            at += 1;
        }
        let next = self.peek_at(at + 1);
        self.function_decl_at(at + 1)
            || matches!(
                next,
                K::Abstract | K::Final | K::Readonly | K::Class | K::Interface | K::Trait | K::Enum
            )
    }

    fn if_statement(&mut self) -> R<Stmt> {
        let l = self.bump();
        let cond = self.paren_expr()?;
        let span = self.p.span(l);
        if self.eat(K::Colon) {
            let then = self.statements(false)?;
            let mut elseifs = Vec::new();
            while self.eat(K::Elseif) {
                let c = self.paren_expr()?;
                self.expect(K::Colon)?;
                elseifs.push((c, self.statements(false)?));
            }
            let else_ = if self.eat(K::Else) {
                self.expect(K::Colon)?;
                Some(self.statements(false)?)
            } else {
                None
            };
            self.expect(K::Endif)?;
            self.expect(K::Semicolon)?;
            let chain = IfChain {
                span,
                cond,
                then,
                elseifs,
            };
            return Ok(*if_stmt(chain, else_));
        }
        let then = self.body()?;
        let mut elseifs = Vec::new();
        while self.eat(K::Elseif) {
            let c = self.paren_expr()?;
            elseifs.push((c, self.body()?));
        }
        let else_ = if self.eat(K::Else) {
            Some(self.body()?)
        } else {
            None
        };
        let chain = IfChain {
            span,
            cond,
            then,
            elseifs,
        };
        Ok(*if_stmt(chain, else_))
    }

    fn for_statement(&mut self) -> R<StmtKind> {
        self.bump();
        self.expect(K::LParen)?;
        let init = self.for_exprs(K::Semicolon)?;
        let cond = self.for_exprs(K::Semicolon)?;
        let step = self.for_exprs(K::RParen)?;
        let body = if self.eat(K::Colon) {
            self.alt_body(K::Endfor)?
        } else {
            self.body()?
        };
        Ok(StmtKind::For {
            init,
            cond,
            step,
            body,
        })
    }

    /// Expressions of a `for` head, and the `end` token after them.
    fn for_exprs(&mut self, end: K) -> R<Vec<Expr>> {
        let list = if self.peek() == end {
            Vec::new()
        } else {
            self.comma_list(|s| s.expr())?
        };
        self.expect(end)?;
        Ok(list)
    }

    fn foreach_statement(&mut self) -> R<StmtKind> {
        let l = self.bump();
        self.expect(K::LParen)?;
        let subject = self.expr()?;
        self.expect(K::As)?;
        let (first, first_ref) = self.foreach_var()?;
        let (key, value, by_ref) = if self.eat(K::DoubleArrow) {
            let (value, by_ref) = self.foreach_var()?;
            if first_ref {
                let message = "Key element cannot be a reference".to_string();
                self.p.fatal(message, self.p.line(l));
            }
            (Some(first), value, by_ref)
        } else {
            (None, first, first_ref)
        };
        self.expect(K::RParen)?;
        let body = if self.eat(K::Colon) {
            self.alt_body(K::Endforeach)?
        } else {
            self.body()?
        };
        Ok(StmtKind::Foreach {
            subject,
            key,
            value,
            by_ref,
            body,
        })
    }

    /// A foreach key or value: a variable, `&$v`, `list(…)` or `[…]`.
    fn foreach_var(&mut self) -> R<(Expr, bool)> {
        let l = self.pos;
        match self.peek() {
            k if super::is_amp(k) => {
                self.bump();
                Ok((self.variable()?, true))
            }
            K::List | K::LBracket => {
                let short = self.bump_kind() == K::LBracket;
                let items = self.delimited_pairs(short)?;
                if !matches!(self.peek(), K::RParen | K::DoubleArrow) {
                    return Err(Decline);
                }
                let kind = if short {
                    ExprKind::Array { items, short }
                } else {
                    ExprKind::List(items)
                };
                Ok((self.p.expr(l, kind), false))
            }
            _ => Ok((self.variable()?, false)),
        }
    }

    fn declare_statement(&mut self) -> R<StmtKind> {
        self.bump();
        self.expect(K::LParen)?;
        let directives = self.comma_list(|s| {
            let n = s.expect(K::String)?;
            s.expect(K::Equals)?;
            Ok((s.p.ident(n), s.expr()?))
        })?;
        self.expect(K::RParen)?;
        let body = if self.eat(K::Colon) {
            Some(self.alt_body(K::Enddeclare)?)
        } else {
            let s = self.nested(|s| s.statement(Place::Body))?;
            match s.kind {
                StmtKind::Nop => None,
                _ => Some(stmt_body(s)),
            }
        };
        Ok(StmtKind::Declare { directives, body })
    }

    fn switch_body(&mut self) -> R<Vec<SwitchCase>> {
        let alt = self.eat(K::Colon);
        if !alt {
            self.expect(K::LBrace)?;
        }
        self.eat(K::Semicolon);
        let mut cases = Vec::new();
        while matches!(self.peek(), K::Case | K::Default) {
            let l = self.pos;
            let cond = if self.bump_kind() == K::Case {
                Some(self.expr()?)
            } else {
                None
            };
            if !self.eat(K::Colon) {
                self.expect(K::Semicolon)?;
            }
            let body = self.statements(false)?;
            cases.push(SwitchCase {
                cond,
                body,
                span: self.p.span(l),
            });
        }
        if alt {
            self.expect(K::Endswitch)?;
            self.expect(K::Semicolon)?;
        } else {
            self.expect(K::RBrace)?;
        }
        Ok(cases)
    }

    fn try_statement(&mut self) -> R<StmtKind> {
        let l = self.bump();
        let body = self.block_body()?;
        let mut catches = Vec::new();
        while self.peek() == K::Catch {
            let c = self.bump();
            self.expect(K::LParen)?;
            let mut types = vec![self.class_ref_name()?];
            while self.eat(K::Pipe) {
                types.push(self.class_ref_name()?);
            }
            let var = if self.peek() == K::Variable {
                let n = self.bump();
                Some(self.p.var_name(n))
            } else {
                None
            };
            self.expect(K::RParen)?;
            let body = self.block_body()?;
            catches.push(Catch {
                types,
                var,
                body,
                span: self.p.span(c),
            });
        }
        let finally = if self.eat(K::Finally) {
            Some(self.block_body()?)
        } else {
            None
        };
        if catches.is_empty() && finally.is_none() {
            let message = "Cannot use try without catch or finally".to_string();
            self.p.fatal(message, self.p.line(l));
        }
        Ok(StmtKind::Try {
            body,
            catches,
            finally,
        })
    }

    fn namespace_statement(&mut self) -> R<StmtKind> {
        self.bump();
        let name = if self.peek() == K::LBrace {
            None
        } else if is_identifier(self.peek()) || self.peek() == K::NameQualified {
            let n = self.bump();
            Some(self.p.name(n))
        } else {
            return Err(Decline);
        };
        if name.is_some() && self.eat(K::Semicolon) {
            return Ok(StmtKind::Namespace { name, body: None });
        }
        self.expect(K::LBrace)?;
        let body = self.statements(true)?;
        self.expect(K::RBrace)?;
        Ok(StmtKind::Namespace {
            name,
            body: Some(body),
        })
    }

    /// `use A\B as C, …;`, `use function …;`, `use const …;` (group uses are left to the
    /// grammar).
    fn use_statement(&mut self) -> R<StmtKind> {
        self.bump();
        let kind = match self.peek() {
            K::Function => UseKind::Function,
            K::Const => UseKind::Const,
            _ => UseKind::Normal,
        };
        if kind != UseKind::Normal {
            self.bump();
        }
        if self.peek_at(1) == K::NsSeparator {
            return self.group_use(kind);
        }
        let uses = self.comma_list(|s| {
            let n = s.pos;
            if !matches!(
                s.peek(),
                K::String | K::NameQualified | K::NameFullyQualified
            ) {
                return Err(Decline);
            }
            s.bump();
            let alias = if s.eat(K::As) {
                let a = s.expect(K::String)?;
                Some(s.p.ident(a))
            } else {
                None
            };
            Ok(UseItem {
                name: s.p.name(n),
                alias,
                kind,
            })
        })?;
        self.expect(K::Semicolon)?;
        Ok(StmtKind::Use { kind, uses })
    }

    /// `use A\{B, C as D, function e};`, `use function A\{b, c};` (at the prefix).
    fn group_use(&mut self, kind: UseKind) -> R<StmtKind> {
        if !matches!(
            self.peek(),
            K::String | K::NameQualified | K::NameFullyQualified
        ) {
            return Err(Decline);
        }
        let prefix = self.bump();
        self.expect(K::NsSeparator)?;
        self.expect(K::LBrace)?;
        let mut items = Vec::new();
        loop {
            let item_kind = match self.peek() {
                K::Function if kind == UseKind::Normal => UseKind::Function,
                K::Const if kind == UseKind::Normal => UseKind::Const,
                _ => kind,
            };
            if item_kind != kind {
                self.bump();
            }
            if !matches!(self.peek(), K::String | K::NameQualified) {
                return Err(Decline);
            }
            let n = self.bump();
            let alias = if self.eat(K::As) {
                let a = self.expect(K::String)?;
                Some(self.p.ident(a))
            } else {
                None
            };
            items.push(UseItem {
                name: self.p.name(n),
                alias,
                kind: item_kind,
            });
            if !self.eat(K::Comma) || self.peek() == K::RBrace {
                break;
            }
        }
        self.expect(K::RBrace)?;
        self.expect(K::Semicolon)?;
        let uses = group_use(self.p.name(prefix), items);
        Ok(StmtKind::Use { kind, uses })
    }

    /// Zend's `class_name` where a class is named: a name or `static`.
    pub(super) fn class_ref_name(&mut self) -> R<Name> {
        let kind = self.peek();
        if kind == K::Static {
            let l = self.bump();
            return Ok(self.p.keyword_name(l));
        }
        if !is_name(kind) {
            return Err(Decline);
        }
        let l = self.bump();
        Ok(self.p.name(l))
    }
}
