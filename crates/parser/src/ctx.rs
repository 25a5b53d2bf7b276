//! The state the grammar's actions read: the source, the parser's tokens, and the first
//! compile-time error found while building the tree (reported only if the whole file parses,
//! as PHP compiles only after a successful parse).

use std::cell::RefCell;

use miniphp_lexer::decode::{self, NumberLiteral};
use miniphp_lexer::{Span, Token, TokenKind};

use crate::ast::*;
use crate::{ParseError, ParseErrorKind};

pub struct Ctx<'s> {
    pub src: &'s [u8],
    /// Tokens as the parser sees them (trivia removed); locations in the grammar index this.
    pub toks: Vec<Token>,
    /// `(token index, doc comment span)` for the tokens a `/** … */` directly precedes,
    /// by increasing index.
    pub docs: Vec<(u32, Span)>,
    fatal: RefCell<Option<ParseError>>,
    /// The [`BinaryChain`]s' operands, each with the location of its first token (a binary
    /// node's span).
    chain_operands: RefCell<Vec<(usize, Expr)>>,
    /// The chains' operators not applied yet, by increasing precedence within a chain,
    /// with their location.
    chain_ops: RefCell<Vec<(BinaryOp, usize)>>,
    /// Deprecations found while building the tree, in source order.
    pub deprecations: RefCell<Vec<Diagnostic>>,
}

/// The argument part of a call: a list, or `(...)` for a first-class callable.
pub enum ArgList {
    Args(Vec<Arg>),
    Callable,
}

/// A piece of an interpolated string before decoding: literal text is kept as its token so
/// that the enclosing rule can decode it by its quoting (`"…"`, heredoc, backticks).
pub enum RawPart {
    Lit(usize),
    Expr(Expr),
}

/// How the literal parts of an interpolated string are decoded (a heredoc needs its
/// start and closing-marker tokens).
#[derive(Clone, Copy)]
pub enum Quote {
    Double,
    Backtick,
    Heredoc { start: usize, end: usize },
}

/// A run of binary operators (`??` down to `* / %`) being read: where its operands and
/// operators not yet grouped start on the context's two stacks of operator-precedence
/// parsing. Left operands wait there until an operator of lower (or, left-associative,
/// equal) precedence follows. A chain inside an operand ends before its outer chain
/// reads on, so all chains share the two stacks (and allocate nothing of their own).
#[derive(Clone, Copy)]
pub struct BinaryChain {
    operands: usize,
    ops: usize,
}

/// A syntax error raised by a grammar action (the token at a location is unexpected).
pub type ActionError = lalrpop_util::ParseError<usize, TokenKind, ()>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Assoc {
    Left,
    Right,
    /// Comparisons: `1 < 2 < 3` is a syntax error at the second `<`.
    None,
}

/// Precedence (higher binds tighter) and associativity, as zend_language_parser.y
/// declares them, of the operators a [`BinaryChain`] holds.
fn precedence(op: BinaryOp) -> (u8, Assoc) {
    use BinaryOp::*;
    match op {
        Coalesce => (1, Assoc::Right),
        BooleanOr => (2, Assoc::Left),
        BooleanAnd => (3, Assoc::Left),
        BitOr => (4, Assoc::Left),
        BitXor => (5, Assoc::Left),
        BitAnd => (6, Assoc::Left),
        Equal | NotEqual | Identical | NotIdentical | Spaceship => (7, Assoc::None),
        Less | LessEqual | Greater | GreaterEqual => (8, Assoc::None),
        Concat => (9, Assoc::Left),
        ShiftLeft | ShiftRight => (10, Assoc::Left),
        Add | Sub => (11, Assoc::Left),
        Mul | Div | Mod => (12, Assoc::Left),
        // Not chained: `**`, `xor` have grammar levels of their own.
        Pow | LogicalXor => (13, Assoc::Right),
    }
}

/// The `if (…) S elseif (…) S …` chain while it is being built.
pub struct IfChain {
    pub span: Span,
    pub cond: Expr,
    pub then: Vec<Stmt>,
    pub elseifs: Vec<(Expr, Vec<Stmt>)>,
}

impl<'s> Ctx<'s> {
    pub fn new(src: &'s [u8], toks: Vec<Token>, docs: Vec<(u32, Span)>) -> Self {
        Ctx {
            src,
            toks,
            docs,
            fatal: RefCell::new(None),
            chain_operands: RefCell::new(Vec::new()),
            chain_ops: RefCell::new(Vec::new()),
            deprecations: RefCell::new(Vec::new()),
        }
    }

    /// Forgets what a parse that gave up left (its first error, its deprecations), so that
    /// another parse of the same tokens starts afresh.
    pub fn reset(&self) {
        self.fatal.borrow_mut().take();
        self.deprecations.borrow_mut().clear();
        self.chain_operands.borrow_mut().clear();
        self.chain_ops.borrow_mut().clear();
    }

    pub fn take_fatal(&self) -> Option<ParseError> {
        self.fatal.borrow_mut().take()
    }

    /// Records a compile-time error; the first one wins, as PHP stops at it.
    pub fn fatal(&self, message: String, line: u32) {
        self.error(ParseErrorKind::Fatal, message, line);
    }

    pub fn compile_error(&self, message: String, line: u32) {
        self.error(ParseErrorKind::CompileError, message, line);
    }

    fn error(&self, kind: ParseErrorKind, message: String, line: u32) {
        let mut slot = self.fatal.borrow_mut();
        if slot.is_none() {
            *slot = Some(ParseError {
                kind,
                message,
                line,
            });
        }
    }

    /// `"${name}"` or `"${expr}"` in a string (PHP 8.2 deprecates both), at the `${`
    /// token `i`.
    pub fn dollar_brace(&self, i: usize, expr: bool) {
        let message = if expr {
            "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"
        } else {
            "Using ${var} in strings is deprecated, use {$var} instead"
        };
        // Zend reports the line its scanner is on, which has not yet counted the
        // newlines of the string piece just before the `${`.
        let before = i.checked_sub(1).filter(|&p| {
            self.toks
                .get(p)
                .is_some_and(|t| t.kind == TokenKind::EncapsedAndWhitespace)
        });
        let pending = before.map_or(0, |p| self.bytes(p).iter().filter(|&&c| c == b'\n').count());
        self.deprecations.borrow_mut().push(Diagnostic {
            kind: DiagnosticKind::Deprecated,
            message: message.to_string(),
            line: self.line(i).saturating_sub(pending as u32),
        });
    }

    pub fn span(&self, i: usize) -> Span {
        match self.toks.get(i).or_else(|| self.toks.last()) {
            Some(t) => t.span,
            None => Span::default(),
        }
    }

    pub fn line(&self, i: usize) -> u32 {
        self.span(i).line
    }

    /// Line of the token before location `i` (the last token of a production ending at `i`).
    pub fn end_line(&self, i: usize) -> u32 {
        self.line(i.saturating_sub(1))
    }

    pub fn bytes(&self, i: usize) -> &'s [u8] {
        match self.toks.get(i) {
            Some(t) => self
                .src
                .get(t.span.start as usize..t.span.end as usize)
                .unwrap_or_default(),
            None => &[],
        }
    }

    pub fn text(&self, i: usize) -> String {
        lossy(self.bytes(i))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn doc(&self, i: usize) -> Option<String> {
        let at = self.docs.binary_search_by_key(&i, |d| d.0 as usize).ok()?;
        let span = self.docs[at].1;
        let bytes = self.src.get(span.start as usize..span.end as usize)?;
        Some(String::from_utf8_lossy(bytes).into_owned())
    }

    pub fn ident(&self, i: usize) -> Ident {
        Ident {
            name: self.text(i),
            span: self.span(i),
        }
    }

    /// `$name` without the `$`.
    pub fn var_name(&self, i: usize) -> Ident {
        let bytes = self.bytes(i);
        Ident {
            name: lossy(bytes.strip_prefix(b"$").unwrap_or(bytes)),
            span: self.span(i),
        }
    }

    pub fn name(&self, i: usize) -> Name {
        let text = self.text(i);
        let (kind, parts) = match self.kind(i) {
            Some(TokenKind::NameFullyQualified) => (
                NameKind::FullyQualified,
                text.trim_start_matches('\\').to_string(),
            ),
            Some(TokenKind::NameRelative) => {
                // `namespace\Foo`: drop the keyword (any case) and its separator.
                let rest = text.find('\\').map_or("", |at| &text[at + 1..]);
                (NameKind::Relative, rest.to_string())
            }
            Some(TokenKind::NameQualified) => (NameKind::Qualified, text),
            _ => (NameKind::Unqualified, text),
        };
        Name {
            kind,
            parts,
            span: self.span(i),
        }
    }

    /// A keyword used as a class name (`static`, `array` in a type…): unqualified.
    pub fn keyword_name(&self, i: usize) -> Name {
        Name {
            kind: NameKind::Unqualified,
            parts: self.text(i),
            span: self.span(i),
        }
    }

    pub fn expr(&self, i: usize, kind: ExprKind) -> Expr {
        Expr {
            kind,
            span: self.span(i),
        }
    }

    /// Boxed, as every nonterminal bigger than an `Expr` is: lalrpop's parse stack holds
    /// values of its largest nonterminal type, moved on every reduction.
    pub fn stmt(&self, i: usize, kind: StmtKind) -> Box<Stmt> {
        Box::new(Stmt {
            kind,
            span: self.span(i),
        })
    }

    pub fn bin(&self, i: usize, op: BinaryOp, left: Expr, right: Expr) -> Expr {
        self.expr(
            i,
            ExprKind::Binary {
                op,
                left: Box::new(left),
                right: Box::new(right),
            },
        )
    }

    pub fn unary(&self, i: usize, op: UnaryOp, e: Expr) -> Expr {
        self.expr(
            i,
            ExprKind::Unary {
                op,
                expr: Box::new(e),
            },
        )
    }

    /// `a op`: the first operand and operator of a [`BinaryChain`].
    pub fn chain_start(&self, l: usize, a: Expr, op: BinaryOp, op_loc: usize) -> BinaryChain {
        let mut operands = self.chain_operands.borrow_mut();
        let mut ops = self.chain_ops.borrow_mut();
        let chain = BinaryChain {
            operands: operands.len(),
            ops: ops.len(),
        };
        operands.push((l, a));
        ops.push((op, op_loc));
        chain
    }

    /// The operand after the chain's last operator.
    pub fn chain_operand(&self, c: BinaryChain, l: usize, e: Expr) -> BinaryChain {
        self.chain_operands.borrow_mut().push((l, e));
        c
    }

    /// Another operator: the operators before it that bind at least as tightly take
    /// their operands first.
    pub fn chain_op(
        &self,
        c: BinaryChain,
        op: BinaryOp,
        op_loc: usize,
    ) -> Result<BinaryChain, ActionError> {
        let (prec, assoc) = precedence(op);
        let mut ops = self.chain_ops.borrow_mut();
        while ops.len() > c.ops {
            let Some(&(top, _)) = ops.last() else { break };
            let top_prec = precedence(top).0;
            if top_prec < prec || (top_prec == prec && assoc == Assoc::Right) {
                break;
            }
            if top_prec == prec && assoc == Assoc::None {
                let kind = self.kind(op_loc).unwrap_or(TokenKind::BadCharacter);
                return Err(ActionError::UnrecognizedToken {
                    token: (op_loc, kind, op_loc + 1),
                    expected: Vec::new(),
                });
            }
            self.chain_reduce(&mut ops);
        }
        ops.push((op, op_loc));
        Ok(c)
    }

    /// The whole chain as one expression.
    pub fn chain_end(&self, c: BinaryChain) -> Expr {
        let mut ops = self.chain_ops.borrow_mut();
        while ops.len() > c.ops {
            self.chain_reduce(&mut ops);
        }
        let mut operands = self.chain_operands.borrow_mut();
        match operands.pop() {
            Some((_, e)) if operands.len() == c.operands => e,
            // unreachable: the grammar gives a chain one more operand than operators
            _ => self.expr(0, ExprKind::Int(0)),
        }
    }

    /// Applies the last operator to the last two operands.
    fn chain_reduce(&self, ops: &mut Vec<(BinaryOp, usize)>) {
        let mut operands = self.chain_operands.borrow_mut();
        let (Some((op, _)), Some((_, b)), Some((l, a))) =
            (ops.pop(), operands.pop(), operands.pop())
        else {
            return;
        };
        operands.push((l, self.bin(l, op, a, b)));
    }

    /// `a ? b : c` / `a ?: c`, with PHP 8's error for an unparenthesized nested ternary.
    pub fn ternary(&self, i: usize, cond: Expr, then: Option<Expr>, else_: Expr) -> Expr {
        if let ExprKind::Ternary { then: inner, .. } = &cond.kind {
            let pattern = match (inner.is_some(), then.is_some()) {
                (true, true) => Some((
                    "a ? b : c ? d : e",
                    "(a ? b : c) ? d : e",
                    "a ? b : (c ? d : e)",
                )),
                (true, false) => Some(("a ? b : c ?: d", "(a ? b : c) ?: d", "a ? b : (c ?: d)")),
                (false, true) => Some(("a ?: b ? c : d", "(a ?: b) ? c : d", "a ?: (b ? c : d)")),
                // `(a ?: b) ?: c` always gives the same result as `a ?: (b ?: c)`.
                (false, false) => None,
            };
            if let Some((bad, left, right)) = pattern {
                self.fatal(
                    format!("Unparenthesized `{bad}` is not supported. Use either `{left}` or `{right}`"),
                    cond.span.line,
                );
            }
        }
        self.expr(
            i,
            ExprKind::Ternary {
                cond: Box::new(cond),
                then: then.map(Box::new),
                else_: Box::new(else_),
            },
        )
    }

    /// `( expr )`: parentheses are dropped except around a ternary (see `ExprKind::Paren`).
    pub fn paren(&self, i: usize, e: Expr) -> Expr {
        match e.kind {
            ExprKind::Ternary { .. } => self.expr(i, ExprKind::Paren(Box::new(e))),
            _ => e,
        }
    }

    pub fn assign_op(&self, i: usize, op_tok: usize, target: Expr, value: Expr) -> Expr {
        let op = match self.kind(op_tok) {
            Some(TokenKind::PlusEqual) => BinaryOp::Add,
            Some(TokenKind::MinusEqual) => BinaryOp::Sub,
            Some(TokenKind::MulEqual) => BinaryOp::Mul,
            Some(TokenKind::DivEqual) => BinaryOp::Div,
            Some(TokenKind::ConcatEqual) => BinaryOp::Concat,
            Some(TokenKind::ModEqual) => BinaryOp::Mod,
            Some(TokenKind::AndEqual) => BinaryOp::BitAnd,
            Some(TokenKind::OrEqual) => BinaryOp::BitOr,
            Some(TokenKind::XorEqual) => BinaryOp::BitXor,
            Some(TokenKind::SlEqual) => BinaryOp::ShiftLeft,
            Some(TokenKind::SrEqual) => BinaryOp::ShiftRight,
            Some(TokenKind::PowEqual) => BinaryOp::Pow,
            _ => BinaryOp::Coalesce,
        };
        self.expr(
            i,
            ExprKind::AssignOp {
                op,
                target: Box::new(target),
                value: Box::new(value),
            },
        )
    }

    pub fn call(&self, i: usize, callee: Callee, args: ArgList) -> Expr {
        let kind = match args {
            ArgList::Args(args) => ExprKind::Call {
                callee: Box::new(callee),
                args,
            },
            ArgList::Callable => ExprKind::FirstClassCallable(Box::new(callee)),
        };
        self.expr(i, kind)
    }

    /// A call by name; `assert()` with one argument gets a second, the text of the call
    /// (`zend_compile_assert`: the failure message names the asserted expression). `end` is
    /// the location just after the closing `)`.
    pub fn function_call(&self, i: usize, name: Name, mut args: ArgList, end: usize) -> Expr {
        if let ArgList::Args(list) = &mut args {
            let is_assert = matches!(name.kind, NameKind::Unqualified | NameKind::FullyQualified)
                && name.parts.eq_ignore_ascii_case("assert");
            if is_assert && list.len() == 1 && !list[0].unpack {
                let description = self.assert_description(i + 1, end);
                let named = list[0].name.is_some().then(|| Ident {
                    name: "description".into(),
                    span: name.span,
                });
                list.push(Arg {
                    value: Expr {
                        kind: ExprKind::String(description),
                        span: name.span,
                    },
                    unpack: false,
                    name: named,
                });
            }
        }
        self.call(i, Callee::Name(name), args)
    }

    /// `assert(<source of the argument>)`: the argument's text between the call's parentheses,
    /// with string literals single-quoted as Zend prints the argument's tree back (the rest
    /// is kept as written, which is Zend's output for code written in the usual style).
    /// `open` is the location of the list's `(` (a name is one token), `end` the location
    /// after its `)`.
    fn assert_description(&self, open: usize, end: usize) -> Bytes {
        // end - 1 is `)`; a trailing comma may precede it.
        let mut last = end.saturating_sub(2);
        if self
            .toks
            .get(last)
            .is_some_and(|t| t.kind == TokenKind::Comma)
        {
            last = last.saturating_sub(1);
        }
        let mut text = b"assert(".to_vec();
        let mut prev_end = None;
        for t in self.toks.get(open + 1..=last).unwrap_or_default() {
            let (start, stop) = (t.span.start as usize, t.span.end as usize);
            if let Some(p) = prev_end {
                text.extend_from_slice(self.src.get(p..start).unwrap_or_default());
            }
            let raw = self.src.get(start..stop).unwrap_or_default();
            match decode::constant_string_value(raw) {
                Ok(value) if t.kind == TokenKind::ConstantEncapsedString => {
                    text.push(b'\'');
                    for c in value {
                        if c == b'\'' || c == b'\\' {
                            text.push(b'\\');
                        }
                        text.push(c);
                    }
                    text.push(b'\'');
                }
                _ => text.extend_from_slice(raw),
            }
            prev_end = Some(stop);
        }
        text.push(b')');
        text
    }

    pub fn new_expr(&self, i: usize, class: ClassRef, args: Option<ArgList>) -> Expr {
        let args = match args {
            Some(ArgList::Args(args)) => args,
            Some(ArgList::Callable) => {
                self.fatal(
                    "Cannot create Closure for new expression".to_string(),
                    self.line(i),
                );
                Vec::new()
            }
            None => Vec::new(),
        };
        self.expr(
            i,
            ExprKind::New {
                class: Box::new(class),
                args,
            },
        )
    }

    /// An integer or float literal (an integer too large for i64 is a float).
    pub fn number(&self, i: usize) -> Expr {
        let kind = match decode::parse_number_literal(self.bytes(i)) {
            Ok(NumberLiteral::Int(n)) => ExprKind::Int(n),
            Ok(NumberLiteral::Float(f)) => ExprKind::Float(f),
            Err(message) => {
                self.error(ParseErrorKind::Parse, message, self.line(i));
                ExprKind::Int(0)
            }
        };
        self.expr(i, kind)
    }

    /// `'…'` or `"…"` without interpolation.
    pub fn constant_string(&self, i: usize) -> Expr {
        let value = self.decoded(decode::constant_string_value(self.bytes(i)), i);
        self.expr(i, ExprKind::String(value))
    }

    /// The offset in `"$a[…]"`: an integer when PHP reads it as one, else a string;
    /// `"$a[-1]"` negates it.
    pub fn num_string(&self, i: usize, negative: bool) -> Expr {
        let digits = self.bytes(i);
        let kind = match decode::num_string_value(digits) {
            Some(n) if negative => ExprKind::Int(n.wrapping_neg()),
            Some(n) => ExprKind::Int(n),
            None => {
                let mut text = Vec::with_capacity(digits.len() + 1);
                if negative {
                    text.push(b'-');
                }
                text.extend_from_slice(digits);
                ExprKind::String(text)
            }
        };
        self.expr(i, kind)
    }

    /// Decodes the literal parts of an interpolated string by its quoting.
    pub fn interpolated(&self, parts: Vec<RawPart>, quote: Quote) -> Vec<InterpPart> {
        parts
            .into_iter()
            .filter_map(|part| match part {
                RawPart::Expr(e) => Some(InterpPart::Expr(e)),
                RawPart::Lit(tok) => {
                    let text = self.literal_part(tok, quote);
                    (!text.is_empty()).then_some(InterpPart::Literal(text))
                }
            })
            .collect()
    }

    fn literal_part(&self, tok: usize, quote: Quote) -> Vec<u8> {
        let value = match quote {
            Quote::Double => decode::encapsed_text(self.bytes(tok), TokenKind::DoubleQuote),
            Quote::Backtick => decode::encapsed_text(self.bytes(tok), TokenKind::Backtick),
            Quote::Heredoc { start, end } => {
                decode::heredoc_text(self.src, self.span(start), self.span(tok), self.span(end))
            }
        };
        self.decoded(value, tok)
    }

    /// A heredoc or nowdoc with no interpolation.
    pub fn heredoc_literal(&self, start: usize, body: Option<usize>, end: usize) -> Expr {
        let text = match body {
            None => Vec::new(),
            Some(b) => self.literal_part(b, Quote::Heredoc { start, end }),
        };
        self.expr(start, ExprKind::String(text))
    }

    /// A decoding failure (the lexer reports these first; kept as an error, not a panic).
    fn decoded(&self, value: Result<Vec<u8>, String>, tok: usize) -> Vec<u8> {
        value.unwrap_or_else(|message| {
            self.error(ParseErrorKind::Parse, message, self.line(tok));
            Vec::new()
        })
    }
}

/// Token text as a `String` (PHP names are bytes; invalid UTF-8 is replaced, as everywhere
/// in the tree).
fn lossy(bytes: &[u8]) -> String {
    // `from_utf8` checks ASCII a word at a time; `from_utf8_lossy` goes byte by byte
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// A statement used as a body: a block gives its statements, anything else itself.
pub fn body(s: Box<Stmt>) -> Vec<Stmt> {
    stmt_body(*s)
}

/// [`body`] of an unboxed statement.
pub fn stmt_body(s: Stmt) -> Vec<Stmt> {
    match s.kind {
        StmtKind::Block(stmts) => stmts,
        _ => vec![s],
    }
}

/// A list of boxed nonterminals as the AST's list.
pub fn unbox<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|b| *b).collect()
}

/// `[a, b, ]`: one trailing empty slot is a trailing comma, not an element (Zend's rtrim).
pub fn rtrim(mut items: Vec<Option<Box<ArrayItem>>>) -> Vec<Option<ArrayItem>> {
    if matches!(items.last(), Some(None)) {
        items.pop();
    }
    items.into_iter().map(|i| i.map(|b| *b)).collect()
}

impl Ctx<'_> {
    /// Modifier keywords starting at token `l`, reporting a repeated one as Zend's
    /// `zend_add_member_modifier` / `zend_add_class_modifier` do.
    pub fn checked_modifiers(&self, tokens: &[TokenKind], l: usize) -> Modifiers {
        for (i, t) in tokens.iter().enumerate() {
            let seen = modifiers(&tokens[..i]);
            let (repeated, what) = match t {
                TokenKind::Public | TokenKind::Protected | TokenKind::Private => {
                    (seen.public || seen.protected || seen.private, "access type")
                }
                TokenKind::Abstract => (seen.abstract_, "abstract"),
                TokenKind::Static => (seen.static_, "static"),
                TokenKind::Final => (seen.final_, "final"),
                TokenKind::Readonly => (seen.readonly, "readonly"),
                _ => (false, ""),
            };
            if repeated {
                let msg = format!("Multiple {what} modifiers are not allowed");
                // Zend reports it with the next token read (its lookahead).
                self.compile_error(msg, self.line(l + i + 1));
                break;
            }
        }
        modifiers(tokens)
    }
}

pub fn modifiers(tokens: &[TokenKind]) -> Modifiers {
    let mut m = Modifiers::default();
    for t in tokens {
        match t {
            TokenKind::Public => m.public = true,
            TokenKind::Protected => m.protected = true,
            TokenKind::Private => m.private = true,
            TokenKind::Static => m.static_ = true,
            TokenKind::Abstract => m.abstract_ = true,
            TokenKind::Final => m.final_ = true,
            TokenKind::Readonly => m.readonly = true,
            _ => {}
        }
    }
    m
}

pub fn if_stmt(c: IfChain, else_: Option<Vec<Stmt>>) -> Box<Stmt> {
    Box::new(Stmt {
        span: c.span,
        kind: StmtKind::If {
            cond: c.cond,
            then: c.then,
            elseifs: c.elseifs,
            else_,
        },
    })
}

/// `declare(…);` has no body; `declare(…) S` has S's statements.
pub fn declare_body(s: Box<Stmt>) -> Option<Vec<Stmt>> {
    match s.kind {
        StmtKind::Nop => None,
        _ => Some(body(s)),
    }
}

/// `use A\{B, C as D}`: each item's name gets the prefix.
pub fn group_use(prefix: Name, items: Vec<UseItem>) -> Vec<UseItem> {
    items
        .into_iter()
        .map(|item| UseItem {
            name: Name {
                kind: NameKind::Qualified,
                parts: format!("{}\\{}", prefix.parts, item.name.parts),
                span: item.name.span,
            },
            ..item
        })
        .collect()
}

#[allow(clippy::too_many_arguments)] // one call per kind of class-like declaration
pub fn class_decl(
    p: &Ctx,
    l: usize,
    kind: ClassKind,
    name: Option<usize>,
    modifiers: Modifiers,
    extends: Option<Name>,
    implements: Vec<Name>,
    enum_backing: Option<TypeHint>,
    members: Vec<ClassMember>,
    end: usize,
) -> ClassDecl {
    ClassDecl {
        kind,
        name: name.map(|n| p.ident(n)),
        modifiers,
        extends,
        implements,
        enum_backing,
        members,
        attributes: Vec::new(),
        doc_comment: p.doc(l),
        span: p.span(l),
        end_line: p.end_line(end),
    }
}

/// `A::$b` names the property `b`; `A::$$b` / `A::${e}` name it by a value.
pub fn static_prop(p: &Ctx, l: usize, class: ClassRef, var: Expr) -> Expr {
    let name = match var.kind {
        ExprKind::Var(name) => MemberName::Ident(Ident {
            name,
            span: var.span,
        }),
        ExprKind::VarVar(inner) => MemberName::Expr(*inner),
        kind => MemberName::Expr(Expr {
            kind,
            span: var.span,
        }),
    };
    p.expr(
        l,
        ExprKind::StaticProp {
            class: Box::new(class),
            name: Box::new(name),
        },
    )
}

/// `#[A] function () {}`, `#[A] fn () => 1`, `new #[A] class {}`.
pub fn with_attributes(mut e: Expr, attrs: Vec<AttributeGroup>) -> Expr {
    match &mut e.kind {
        ExprKind::Closure(c) => c.attributes = attrs,
        ExprKind::ArrowFn(f) => f.attributes = attrs,
        ExprKind::AnonClass { decl, .. } => decl.attributes = attrs,
        _ => {}
    }
    e
}

pub type ClosureParts = (
    bool,
    Vec<Param>,
    Vec<(Ident, bool)>,
    Option<TypeHint>,
    Vec<Stmt>,
    usize,
);

pub fn closure(p: &Ctx, l: usize, static_: bool, parts: ClosureParts) -> Expr {
    let (by_ref_return, params, uses, return_type, body, end) = parts;
    p.expr(
        l,
        ExprKind::Closure(Box::new(Closure {
            static_,
            by_ref_return,
            params,
            uses,
            return_type,
            body,
            attributes: Vec::new(),
            span: p.span(l),
            end_line: p.end_line(end),
        })),
    )
}

pub type ArrowParts = (bool, Vec<Param>, Option<TypeHint>, Expr);

pub fn arrow_fn(p: &Ctx, l: usize, static_: bool, parts: ArrowParts) -> Expr {
    let (by_ref_return, params, return_type, body) = parts;
    p.expr(
        l,
        ExprKind::ArrowFn(Box::new(ArrowFn {
            static_,
            by_ref_return,
            params,
            return_type,
            body,
            attributes: Vec::new(),
            span: p.span(l),
        })),
    )
}

pub type MemberBuilder<'p> = Box<dyn FnOnce(Vec<AttributeGroup>) -> ClassMember + 'p>;

pub fn property<'p>(
    p: &'p Ctx<'p>,
    l: usize,
    modifiers: Modifiers,
    ty: Option<TypeHint>,
    props: Vec<PropertyItem>,
) -> MemberBuilder<'p> {
    Box::new(move |attributes| ClassMember::Property {
        modifiers,
        ty,
        props,
        attributes,
        doc_comment: p.doc(l),
        span: p.span(l),
    })
}

pub type MethodParts = (
    bool,
    usize,
    Vec<Param>,
    Option<TypeHint>,
    Option<Vec<Stmt>>,
    usize,
);

pub fn method<'p>(
    p: &'p Ctx<'p>,
    l: usize,
    modifiers: Modifiers,
    parts: MethodParts,
) -> MemberBuilder<'p> {
    let (by_ref_return, name, params, return_type, body, end) = parts;
    let has_body = body.is_some();
    let decl = FunctionDecl {
        name: p.ident(name),
        params,
        by_ref_return,
        return_type,
        body: body.unwrap_or_default(),
        attributes: Vec::new(),
        doc_comment: p.doc(l),
        span: p.span(l),
        end_line: p.end_line(end),
    };
    Box::new(move |attributes| ClassMember::Method {
        modifiers,
        decl: Box::new(FunctionDecl { attributes, ..decl }),
        has_body,
    })
}

/// A declaration waiting for its attributes.
pub type DeclBuilder<'p> = Box<dyn FnOnce(Vec<AttributeGroup>) -> StmtKind + 'p>;
/// A loop head waiting for its body.
pub type LoopBuilder<'p> = Box<dyn FnOnce(Vec<Stmt>) -> Box<Stmt> + 'p>;
/// A `declare(…)` waiting for its optional body.
pub type DeclareBuilder<'p> = Box<dyn FnOnce(Option<Vec<Stmt>>) -> Box<Stmt> + 'p>;

impl Ctx<'_> {
    /// The target of `[…] = …` / `list(…) = …`: PHP rejects a pattern with no element.
    pub fn destructure(&self, l: usize, kind: ExprKind) -> Expr {
        if let ExprKind::List(items) | ExprKind::Array { items, .. } = &kind {
            if items.iter().all(Option::is_none) {
                self.fatal("Cannot use empty list".to_string(), self.line(l));
            }
        }
        self.expr(l, kind)
    }
}
