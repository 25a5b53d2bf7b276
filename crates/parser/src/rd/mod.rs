//! The fast parser: recursive descent for statements and declarations, precedence climbing
//! for expressions. It builds the very tree the lalrpop grammar builds, through the same
//! `Ctx` helpers (so fatals, deprecations, doc comments and spans come out identical), for
//! valid programs only: on a syntax error, or on a construct it does not handle, it
//! *declines*, and the grammar (the reference, which produces every parse error) runs
//! instead. Declining is always safe; accepting what the grammar rejects is a bug.
//!
//! Why two parsers: lalrpop's LR driver and its stack moves alone cost more than PHP's
//! whole bison parser, which no grammar tuning could change; this one takes about half the
//! instructions. The grammar stays the definition: tests/differential.rs parses every PHP
//! source of tests/php (and mutations of each) with both and requires identical results
//! wherever this one does not decline; its `sweep` does the same over any tree.

mod decl;
mod expr;
mod stmt;

use miniphp_lexer::TokenKind;

use crate::ast::Stmt;
use crate::ctx::Ctx;

/// The fast parser gives up: the grammar decides (with PHP's error message if any).
#[derive(Debug)]
pub struct Decline;

type R<T> = Result<T, Decline>;

/// How deeply statements and expressions may nest before the fast parser declines (its
/// recursion uses the native stack; the grammar's LR stack does not).
const MAX_DEPTH: u32 = 48;

/// What the kind of a token past the end reads as: a token no rule accepts.
const END: TokenKind = TokenKind::BadCharacter;

struct Parser<'c, 's> {
    p: &'c Ctx<'s>,
    pos: usize,
    depth: u32,
}

/// The statements of the whole file, or [`Decline`].
pub fn file(p: &Ctx) -> R<Vec<Stmt>> {
    let mut parser = Parser {
        p,
        pos: 0,
        depth: 0,
    };
    let stmts = parser.statements(true)?;
    if parser.pos != p.toks.len() {
        return Err(Decline);
    }
    Ok(stmts)
}

impl Parser<'_, '_> {
    fn peek(&self) -> TokenKind {
        self.p.toks.get(self.pos).map_or(END, |t| t.kind)
    }

    fn peek_at(&self, n: usize) -> TokenKind {
        self.p.toks.get(self.pos + n).map_or(END, |t| t.kind)
    }

    /// Consumes the current token, giving its location.
    fn bump(&mut self) -> usize {
        let at = self.pos;
        self.pos += 1;
        at
    }

    /// Consumes the current token, giving its kind.
    fn bump_kind(&mut self) -> TokenKind {
        let kind = self.peek();
        self.pos += 1;
        kind
    }

    fn eat(&mut self, kind: TokenKind) -> bool {
        let found = self.peek() == kind;
        if found {
            self.pos += 1;
        }
        found
    }

    fn expect(&mut self, kind: TokenKind) -> R<usize> {
        if self.peek() == kind {
            Ok(self.bump())
        } else {
            Err(Decline)
        }
    }

    /// Runs `f` one nesting level deeper, declining past [`MAX_DEPTH`].
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        if self.depth >= MAX_DEPTH {
            return Err(Decline);
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    /// `a, b, c,` before `close` (not consumed): a trailing comma is allowed.
    fn list_before<T>(
        &mut self,
        close: TokenKind,
        mut item: impl FnMut(&mut Self) -> R<T>,
    ) -> R<Vec<T>> {
        let mut items = vec![item(self)?];
        while self.eat(TokenKind::Comma) && self.peek() != close {
            items.push(item(self)?);
        }
        Ok(items)
    }

    /// `a, b, c` (no trailing comma) of what `item` parses.
    fn comma_list<T>(&mut self, mut item: impl FnMut(&mut Self) -> R<T>) -> R<Vec<T>> {
        let mut items = vec![item(self)?];
        while self.eat(TokenKind::Comma) {
            items.push(item(self)?);
        }
        Ok(items)
    }
}

/// `&` as the grammar's `Amp`: either of the lexer's two ampersands.
fn is_amp(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::AmpersandFollowedByVarOrVararg | TokenKind::AmpersandNotFollowedByVarOrVararg
    )
}

/// A name token (`foo`, `Foo\Bar`, `\Foo`, `namespace\Foo`).
fn is_name(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::String
            | TokenKind::NameQualified
            | TokenKind::NameFullyQualified
            | TokenKind::NameRelative
    )
}

/// Zend's `identifier`: a plain name or any keyword (member names, named arguments…).
fn is_identifier(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        String
            | Include
            | IncludeOnce
            | Eval
            | Require
            | RequireOnce
            | LogicalOr
            | LogicalXor
            | LogicalAnd
            | Instanceof
            | New
            | Clone
            | Exit
            | If
            | Elseif
            | Else
            | Endif
            | Echo
            | Do
            | While
            | Endwhile
            | For
            | Endfor
            | Foreach
            | Endforeach
            | Declare
            | Enddeclare
            | As
            | Try
            | Catch
            | Finally
            | Throw
            | Use
            | Insteadof
            | Global
            | Var
            | Unset
            | Isset
            | Empty
            | Continue
            | Goto
            | Function
            | Const
            | Return
            | Print
            | Yield
            | List
            | Switch
            | Endswitch
            | Case
            | Default
            | Break
            | Array
            | Callable
            | Extends
            | Implements
            | Namespace
            | Trait
            | Interface
            | Class
            | ClassC
            | TraitC
            | FuncC
            | MethodC
            | Line
            | File
            | Dir
            | NsC
            | Fn
            | Match
            | Enum
            | HaltCompiler
            | Static
            | Abstract
            | Final
            | Private
            | Protected
            | Public
            | Readonly
    )
}
