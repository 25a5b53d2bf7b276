//! Syntax errors in PHP's words: `syntax error, unexpected <token>[, expecting <list>]`.
//!
//! The `unexpected` part names the token as Zend's `zend_yytnamerr` does. The `expecting`
//! part is harder: bison reports the tokens of the state where it *detects* the error, after
//! taking its default reductions, and prints them only when there are at most four. The LR
//! tables generated here have no default reductions, so the tokens acceptable at the error
//! (lalrpop's expected list) are narrowed the way bison's reductions would narrow them: a
//! finished expression or list is closed, optional parts are skipped, and what remains is
//! what the enclosing construct needs next.

use std::collections::BTreeSet;

use lalrpop_util::ParseError as LrError;
use miniphp_lexer::TokenKind as K;

use crate::ctx::Ctx;
use crate::{ParseError, ParseErrorKind};

pub fn syntax_error(p: &Ctx, e: LrError<usize, K, ()>) -> ParseError {
    let (at, expected) = match e {
        LrError::UnrecognizedEof { expected, .. } => (None, expected),
        LrError::UnrecognizedToken { token, expected } => (Some(token.0), expected),
        LrError::InvalidToken { location } => (Some(location), Vec::new()),
        LrError::ExtraToken { token } => (Some(token.0), Vec::new()),
        LrError::User { .. } => (None, Vec::new()),
    };
    let expected: BTreeSet<Expect> = expected.iter().filter_map(|name| kind_of(name)).collect();
    let unexpected = match at {
        Some(i) => describe_token(p, i),
        None => "end of file".to_string(),
    };
    let line = match at {
        Some(i) => token_end_line(p, i),
        None => 1 + p.src.iter().filter(|&&b| b == b'\n').count() as u32,
    };
    let mut message = format!("syntax error, unexpected {unexpected}");
    let prefix_end = at.unwrap_or(p.toks.len());
    let list = narrow(p, prefix_end, at.and_then(|i| p.kind(i)), expected);
    if !list.is_empty() && list.len() <= 4 {
        let names: Vec<String> = list.iter().map(|e| e.name()).collect();
        message.push_str(", expecting ");
        message.push_str(&names.join(" or "));
    }
    ParseError {
        kind: ParseErrorKind::Parse,
        message,
        line,
    }
}

/// A token the parser could accept, ordered as bison numbers PHP's tokens.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Expect {
    EndOfFile,
    Named(u16),
    Char(u16),
}

impl Expect {
    fn kind(self) -> Option<K> {
        match self {
            Expect::EndOfFile => None,
            Expect::Named(i) => NAMED.get(i as usize).copied(),
            Expect::Char(i) => CHARS.get(i as usize).copied(),
        }
    }

    fn of(kind: K) -> Expect {
        if let Some(i) = CHARS.iter().position(|&k| k == kind) {
            return Expect::Char(i as u16);
        }
        match NAMED.iter().position(|&k| k == kind) {
            Some(i) => Expect::Named(i as u16),
            None => Expect::EndOfFile,
        }
    }

    fn name(self) -> String {
        match self.kind() {
            None => "end of file".to_string(),
            Some(k) => match value_token_name(k) {
                Some(name) => name.to_string(),
                None => format!("\"{}\"", symbol(k)),
            },
        }
    }
}

/// Named tokens in the order PHP declares them (the lexer's `TokenKind` follows it).
const NAMED: &[K] = &[
    K::LNumber,
    K::DNumber,
    K::String,
    K::NameFullyQualified,
    K::NameRelative,
    K::NameQualified,
    K::Variable,
    K::InlineHtml,
    K::EncapsedAndWhitespace,
    K::ConstantEncapsedString,
    K::StringVarname,
    K::NumString,
    K::Include,
    K::IncludeOnce,
    K::Eval,
    K::Require,
    K::RequireOnce,
    K::LogicalOr,
    K::LogicalXor,
    K::LogicalAnd,
    K::Print,
    K::Yield,
    K::YieldFrom,
    K::Instanceof,
    K::New,
    K::Clone,
    K::Exit,
    K::If,
    K::Elseif,
    K::Else,
    K::Endif,
    K::Echo,
    K::Do,
    K::While,
    K::Endwhile,
    K::For,
    K::Endfor,
    K::Foreach,
    K::Endforeach,
    K::Declare,
    K::Enddeclare,
    K::As,
    K::Switch,
    K::Endswitch,
    K::Case,
    K::Default,
    K::Match,
    K::Break,
    K::Continue,
    K::Goto,
    K::Function,
    K::Fn,
    K::Const,
    K::Return,
    K::Try,
    K::Catch,
    K::Finally,
    K::Throw,
    K::Use,
    K::Insteadof,
    K::Global,
    K::Static,
    K::Abstract,
    K::Final,
    K::Private,
    K::Protected,
    K::Public,
    K::Readonly,
    K::Var,
    K::Unset,
    K::Isset,
    K::Empty,
    K::HaltCompiler,
    K::Class,
    K::Trait,
    K::Interface,
    K::Enum,
    K::Extends,
    K::Implements,
    K::Namespace,
    K::List,
    K::Array,
    K::Callable,
    K::Line,
    K::File,
    K::Dir,
    K::ClassC,
    K::TraitC,
    K::MethodC,
    K::FuncC,
    K::NsC,
    K::Attribute,
    K::PlusEqual,
    K::MinusEqual,
    K::MulEqual,
    K::DivEqual,
    K::ConcatEqual,
    K::ModEqual,
    K::AndEqual,
    K::OrEqual,
    K::XorEqual,
    K::SlEqual,
    K::SrEqual,
    K::CoalesceEqual,
    K::PowEqual,
    K::BooleanOr,
    K::BooleanAnd,
    K::IsEqual,
    K::IsNotEqual,
    K::IsIdentical,
    K::IsNotIdentical,
    K::IsSmallerOrEqual,
    K::IsGreaterOrEqual,
    K::Spaceship,
    K::Sl,
    K::Sr,
    K::Inc,
    K::Dec,
    K::IntCast,
    K::DoubleCast,
    K::StringCast,
    K::ArrayCast,
    K::ObjectCast,
    K::BoolCast,
    K::UnsetCast,
    K::ObjectOperator,
    K::NullsafeObjectOperator,
    K::DoubleArrow,
    K::StartHeredoc,
    K::EndHeredoc,
    K::DollarOpenCurlyBraces,
    K::CurlyOpen,
    K::PaamayimNekudotayim,
    K::NsSeparator,
    K::Ellipsis,
    K::Coalesce,
    K::Pow,
    K::AmpersandFollowedByVarOrVararg,
    K::AmpersandNotFollowedByVarOrVararg,
    K::BadCharacter,
];

/// Single-character tokens: those of the precedence table, then by first use in the rules.
const CHARS: &[K] = &[
    K::Equals,
    K::Question,
    K::Colon,
    K::Pipe,
    K::Caret,
    K::Lt,
    K::Gt,
    K::Dot,
    K::Plus,
    K::Minus,
    K::Star,
    K::Slash,
    K::Percent,
    K::Bang,
    K::Tilde,
    K::At,
    K::Comma,
    K::RBracket,
    K::LParen,
    K::RParen,
    K::Semicolon,
    K::LBrace,
    K::RBrace,
    K::LBracket,
    K::Backtick,
    K::DoubleQuote,
    K::Dollar,
];

/// The grammar's terminal name (as lalrpop lists it, quoted) back to its token.
fn kind_of(name: &str) -> Option<Expect> {
    let name = name
        .strip_prefix('"')?
        .strip_suffix('"')?
        .replace("\\\"", "\"")
        .replace("\\\\", "\\");
    let kind = NAMED
        .iter()
        .chain(SINGLE_CHARS)
        .copied()
        .find(|&k| grammar_name(k) == name)?;
    Some(Expect::of(kind))
}

/// The single-character tokens, which PHP names by their character.
const SINGLE_CHARS: &[K] = &[
    K::Semicolon,
    K::Comma,
    K::Dot,
    K::LBracket,
    K::RBracket,
    K::LParen,
    K::RParen,
    K::Pipe,
    K::Caret,
    K::Plus,
    K::Minus,
    K::Slash,
    K::Star,
    K::Equals,
    K::Percent,
    K::Bang,
    K::Tilde,
    K::Dollar,
    K::Lt,
    K::Gt,
    K::Question,
    K::Colon,
    K::At,
    K::LBrace,
    K::RBrace,
    K::DoubleQuote,
    K::Backtick,
];

/// The terminal's name in grammar.lalrpop.
fn grammar_name(k: K) -> &'static str {
    match k {
        K::InlineHtml => "T_INLINE_HTML",
        K::AmpersandNotFollowedByVarOrVararg => "amp",
        K::AmpersandFollowedByVarOrVararg => "&",
        K::Line => "__LINE__",
        K::File => "__FILE__",
        K::Dir => "__DIR__",
        K::ClassC => "__CLASS__",
        K::TraitC => "__TRAIT__",
        K::MethodC => "__METHOD__",
        K::FuncC => "__FUNCTION__",
        K::NsC => "__NAMESPACE__",
        k => value_token_name(k).unwrap_or_else(|| symbol(k)),
    }
}

/// PHP's name for a token that carries text.
fn value_token_name(k: K) -> Option<&'static str> {
    Some(match k {
        K::LNumber => "integer",
        K::DNumber => "floating-point number",
        K::String => "identifier",
        K::NameQualified => "namespaced name",
        K::NameFullyQualified => "fully qualified name",
        K::NameRelative => "namespace-relative name",
        K::Variable => "variable",
        K::EncapsedAndWhitespace => "string content",
        K::ConstantEncapsedString => "quoted string",
        K::StringVarname => "variable name",
        K::NumString => "number",
        K::StartHeredoc => "heredoc start",
        K::EndHeredoc => "heredoc end",
        K::DoubleQuote => "double-quote mark",
        K::BadCharacter => "invalid character",
        K::InlineHtml => "T_INLINE_HTML",
        _ => return None,
    })
}

/// How PHP writes a token without a value.
fn symbol(k: K) -> &'static str {
    match k {
        K::Include => "include",
        K::IncludeOnce => "include_once",
        K::Eval => "eval",
        K::Require => "require",
        K::RequireOnce => "require_once",
        K::LogicalOr => "or",
        K::LogicalXor => "xor",
        K::LogicalAnd => "and",
        K::Print => "print",
        K::Yield => "yield",
        K::YieldFrom => "yield from",
        K::Instanceof => "instanceof",
        K::New => "new",
        K::Clone => "clone",
        K::Exit => "exit",
        K::If => "if",
        K::Elseif => "elseif",
        K::Else => "else",
        K::Endif => "endif",
        K::Echo | K::OpenTagWithEcho => "echo",
        K::Do => "do",
        K::While => "while",
        K::Endwhile => "endwhile",
        K::For => "for",
        K::Endfor => "endfor",
        K::Foreach => "foreach",
        K::Endforeach => "endforeach",
        K::Declare => "declare",
        K::Enddeclare => "enddeclare",
        K::As => "as",
        K::Switch => "switch",
        K::Endswitch => "endswitch",
        K::Case => "case",
        K::Default => "default",
        K::Match => "match",
        K::Break => "break",
        K::Continue => "continue",
        K::Goto => "goto",
        K::Function => "function",
        K::Fn => "fn",
        K::Const => "const",
        K::Return => "return",
        K::Try => "try",
        K::Catch => "catch",
        K::Finally => "finally",
        K::Throw => "throw",
        K::Use => "use",
        K::Insteadof => "insteadof",
        K::Global => "global",
        K::Static => "static",
        K::Abstract => "abstract",
        K::Final => "final",
        K::Private => "private",
        K::Protected => "protected",
        K::Public => "public",
        K::Readonly => "readonly",
        K::Var => "var",
        K::Unset => "unset",
        K::Isset => "isset",
        K::Empty => "empty",
        K::HaltCompiler => "__halt_compiler",
        K::Class => "class",
        K::Trait => "trait",
        K::Interface => "interface",
        K::Enum => "enum",
        K::Extends => "extends",
        K::Implements => "implements",
        K::Namespace => "namespace",
        K::List => "list",
        K::Array => "array",
        K::Callable => "callable",
        K::Line => "__LINE__",
        K::File => "__FILE__",
        K::Dir => "__DIR__",
        K::ClassC => "__CLASS__",
        K::TraitC => "__TRAIT__",
        K::MethodC => "__METHOD__",
        K::FuncC => "__FUNCTION__",
        K::NsC => "__NAMESPACE__",
        K::Attribute => "#[",
        K::PlusEqual => "+=",
        K::MinusEqual => "-=",
        K::MulEqual => "*=",
        K::DivEqual => "/=",
        K::ConcatEqual => ".=",
        K::ModEqual => "%=",
        K::AndEqual => "&=",
        K::OrEqual => "|=",
        K::XorEqual => "^=",
        K::SlEqual => "<<=",
        K::SrEqual => ">>=",
        K::CoalesceEqual => "??=",
        K::PowEqual => "**=",
        K::BooleanOr => "||",
        K::BooleanAnd => "&&",
        K::IsEqual => "==",
        K::IsNotEqual => "!=",
        K::IsIdentical => "===",
        K::IsNotIdentical => "!==",
        K::IsSmallerOrEqual => "<=",
        K::IsGreaterOrEqual => ">=",
        K::Spaceship => "<=>",
        K::Sl => "<<",
        K::Sr => ">>",
        K::Inc => "++",
        K::Dec => "--",
        K::IntCast => "(int)",
        K::DoubleCast => "(double)",
        K::StringCast => "(string)",
        K::ArrayCast => "(array)",
        K::ObjectCast => "(object)",
        K::BoolCast => "(bool)",
        K::UnsetCast => "(unset)",
        K::ObjectOperator => "->",
        K::NullsafeObjectOperator => "?->",
        K::DoubleArrow => "=>",
        K::DollarOpenCurlyBraces => "${",
        K::CurlyOpen => "{$",
        K::PaamayimNekudotayim => "::",
        K::NsSeparator => "\\",
        K::Ellipsis => "...",
        K::Coalesce => "??",
        K::Pow => "**",
        K::AmpersandFollowedByVarOrVararg | K::AmpersandNotFollowedByVarOrVararg => "&",
        K::OpenTag => "<?php",
        K::CloseTag | K::Semicolon => ";",
        K::Comma => ",",
        K::Dot => ".",
        K::LBracket => "[",
        K::RBracket => "]",
        K::LParen => "(",
        K::RParen => ")",
        K::Pipe => "|",
        K::Caret => "^",
        K::Plus => "+",
        K::Minus => "-",
        K::Slash => "/",
        K::Star => "*",
        K::Equals => "=",
        K::Percent => "%",
        K::Bang => "!",
        K::Tilde => "~",
        K::Dollar => "$",
        K::Lt => "<",
        K::Gt => ">",
        K::Question => "?",
        K::Colon => ":",
        K::At => "@",
        K::LBrace => "{",
        K::RBrace => "}",
        K::DoubleQuote => "\"",
        K::Backtick => "`",
        _ => "",
    }
}

/// `identifier "foo"`, `single-quoted string "a"`, `token ";"`.
fn describe_token(p: &Ctx, i: usize) -> String {
    let Some(kind) = p.kind(i) else {
        return "end of file".to_string();
    };
    let text = p.bytes(i);
    match kind {
        K::ConstantEncapsedString => {
            let body = match text {
                [b'b' | b'B', rest @ ..] => rest,
                _ => text,
            };
            let quote = if body.first() == Some(&b'\'') {
                "single"
            } else {
                "double"
            };
            // the quotes come off after the cut at the newline, as in zend_yytnamerr
            let line = first_line(body);
            let inner = line.get(1..).unwrap_or_default();
            let inner = match inner {
                [rest @ .., b'\'' | b'"'] => rest,
                _ => inner,
            };
            format!("{quote}-quoted string \"{}\"", shorten(inner))
        }
        K::DoubleQuote => "double-quote mark".to_string(),
        K::StartHeredoc => format!("heredoc start \"{}\"", shorten(text.trim_ascii_end())),
        K::BadCharacter => format!("character 0x{:02X}", text.first().copied().unwrap_or(0)),
        _ => match value_token_name(kind) {
            Some(name) => format!("{name} \"{}\"", shorten(text)),
            None => format!("token \"{}\"", symbol(kind)),
        },
    }
}

/// PHP cuts a token's text at the first newline, and to 30 bytes and `...` when it is
/// longer than 33.
fn shorten(text: &[u8]) -> String {
    let text = first_line(text);
    if text.len() > 33 {
        format!("{}...", String::from_utf8_lossy(&text[..30]))
    } else {
        String::from_utf8_lossy(text).into_owned()
    }
}

fn first_line(text: &[u8]) -> &[u8] {
    let end = text.iter().position(|&b| b == b'\n').unwrap_or(text.len());
    &text[..end]
}

/// PHP reports the line where the unexpected token ends (`?>` keeps its own line).
fn token_end_line(p: &Ctx, i: usize) -> u32 {
    let text = p.bytes(i);
    let newlines = if text.starts_with(b"?>") {
        0
    } else {
        text.iter().filter(|&&b| b == b'\n').count() as u32
    };
    p.line(i) + newlines
}

/// Tokens a statement can start with (other than those an expression starts with).
fn starts_statement(k: K) -> bool {
    matches!(
        k,
        K::If
            | K::While
            | K::Do
            | K::For
            | K::Foreach
            | K::Switch
            | K::Break
            | K::Continue
            | K::Return
            | K::Global
            | K::Static
            | K::Echo
            | K::InlineHtml
            | K::Unset
            | K::Try
            | K::Goto
            | K::Declare
            | K::Function
            | K::Class
            | K::Abstract
            | K::Final
            | K::Readonly
            | K::Trait
            | K::Interface
            | K::Enum
            | K::Attribute
            | K::Semicolon
            | K::LBrace
            | K::HaltCompiler
            | K::Namespace
            | K::Use
            | K::Const
    ) || starts_expression(k)
}

fn starts_expression(k: K) -> bool {
    matches!(
        k,
        K::Variable
            | K::Dollar
            | K::String
            | K::NameQualified
            | K::NameFullyQualified
            | K::NameRelative
            | K::LNumber
            | K::DNumber
            | K::ConstantEncapsedString
            | K::DoubleQuote
            | K::StartHeredoc
            | K::Backtick
            | K::LParen
            | K::LBracket
            | K::Array
            | K::List
            | K::Isset
            | K::Empty
            | K::Eval
            | K::Exit
            | K::Include
            | K::IncludeOnce
            | K::Require
            | K::RequireOnce
            | K::Print
            | K::Yield
            | K::YieldFrom
            | K::Throw
            | K::New
            | K::Clone
            | K::Match
            | K::Fn
            | K::Function
            | K::Static
            | K::Attribute
            | K::Inc
            | K::Dec
            | K::Bang
            | K::Tilde
            | K::Minus
            | K::Plus
            | K::At
            | K::IntCast
            | K::DoubleCast
            | K::StringCast
            | K::ArrayCast
            | K::ObjectCast
            | K::BoolCast
            | K::UnsetCast
            | K::Line
            | K::File
            | K::Dir
            | K::ClassC
            | K::TraitC
            | K::MethodC
            | K::FuncC
            | K::NsC
    )
}

/// What encloses the error position.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Open {
    /// `(`, with the token before it and the `;` seen inside (for `for`).
    Paren(Option<K>, usize),
    Bracket,
    /// `{` of a class-like body, a `match`, or anything else.
    ClassBody,
    MatchBody {
        arrow: bool,
    },
    Block,
    Attribute,
}

struct Context {
    open: Option<Open>,
    /// The first token of the statement or member the error is in.
    statement: Option<K>,
}

fn context(p: &Ctx, end: usize) -> Context {
    let mut stack: Vec<Open> = Vec::new();
    let mut pending_class = false;
    let mut pending_match = false;
    let mut statement = None;
    let mut at_statement_start = true;
    let mut prev: Option<K> = None;
    for i in 0..end {
        let Some(k) = p.kind(i) else { break };
        if at_statement_start {
            statement = Some(k);
            at_statement_start = false;
        }
        match k {
            K::LParen => stack.push(Open::Paren(prev, 0)),
            K::LBracket => stack.push(Open::Bracket),
            K::Attribute => stack.push(Open::Attribute),
            K::LBrace | K::CurlyOpen | K::DollarOpenCurlyBraces => {
                let open = if pending_class {
                    Open::ClassBody
                } else if pending_match {
                    Open::MatchBody { arrow: false }
                } else {
                    Open::Block
                };
                pending_class = false;
                pending_match = false;
                stack.push(open);
                at_statement_start = true;
            }
            K::RParen | K::RBracket | K::RBrace => {
                stack.pop();
                if k == K::RBrace {
                    at_statement_start = true;
                }
            }
            K::Semicolon | K::CloseTag => {
                if let Some(Open::Paren(opener, semis)) = stack.last_mut() {
                    if *opener == Some(K::For) {
                        *semis += 1;
                    }
                } else {
                    at_statement_start = true;
                }
            }
            K::Class | K::Interface | K::Trait | K::Enum
                if prev != Some(K::PaamayimNekudotayim) =>
            {
                pending_class = true
            }
            K::Match => pending_match = true,
            K::DoubleArrow => {
                if let Some(Open::MatchBody { arrow }) = stack.last_mut() {
                    *arrow = true;
                }
            }
            K::Comma => {
                if let Some(Open::MatchBody { arrow }) = stack.last_mut() {
                    *arrow = false;
                }
            }
            // `case X:`, `else:` and friends start statements
            K::Colon
                if matches!(stack.last(), None | Some(Open::Block))
                    && (!matches!(prev, Some(K::RParen | K::Question))
                        || statement != Some(K::Case)) =>
            {
                at_statement_start = true
            }
            _ => {}
        }
        prev = Some(k);
    }
    Context {
        open: stack.last().copied(),
        statement,
    }
}

/// Whether the tokens before `end` are `function` or `fn`, with an optional `&`.
fn after_function_keyword(p: &Ctx, end: usize) -> bool {
    let before = |back: usize| end.checked_sub(back).and_then(|i| p.kind(i));
    let is_keyword = |k: Option<K>| matches!(k, Some(K::Function | K::Fn));
    is_keyword(before(1))
        || (matches!(
            before(1),
            Some(K::AmpersandFollowedByVarOrVararg | K::AmpersandNotFollowedByVarOrVararg)
        ) && is_keyword(before(2)))
}

/// Whether `end` lies inside the braces of a group `use A\{...}`.
fn in_group_use(p: &Ctx, end: usize) -> bool {
    for i in (0..end).rev() {
        match p.kind(i) {
            Some(K::LBrace) => return i > 0 && p.kind(i - 1) == Some(K::NsSeparator),
            Some(K::RBrace | K::Semicolon) | None => return false,
            _ => {}
        }
    }
    false
}

/// bison's expected tokens, approximated from the acceptable ones (see the module doc).
fn narrow(p: &Ctx, end: usize, unexpected: Option<K>, expected: BTreeSet<Expect>) -> Vec<Expect> {
    let has = |k: K| expected.contains(&Expect::of(k));
    let kinds: Vec<K> = expected.iter().filter_map(|e| e.kind()).collect();
    let after_expression = kinds
        .iter()
        .any(|&k| matches!(k, K::Star | K::Dot | K::Pow));
    let at_statement = has(K::Echo) && has(K::If) && has(K::While);
    let ctx = context(p, end);
    if end > 0 && p.kind(end - 1) == Some(K::Namespace) {
        // `namespace` not followed by a name: only the braced global form remains
        return vec![Expect::of(K::LBrace)];
    }
    if has(K::RBrace) && in_group_use(p, end) {
        // after a name or a `,` bison reduces the item and the optional trailing comma
        return vec![Expect::of(K::RBrace)];
    }
    if after_function_keyword(p, end) && has(K::LParen) {
        // bison's default reductions take the empty `&` and doc comment first, and then
        // only a closure's `(` is left (a method's name, in a class, has no such step)
        return vec![Expect::of(K::LParen)];
    }

    if at_statement {
        // bison reduces the statement list; what is left is what closes it
        let rest: Vec<Expect> = expected
            .iter()
            .copied()
            .filter(|e| e.kind().is_some_and(|k| !starts_statement(k)))
            .collect();
        return match rest.as_slice() {
            // the body of `if (…)`, `while (…)`…: nothing was reduced yet
            _ if has(K::Colon) => Vec::new(),
            [] if ctx.open.is_none() => vec![Expect::EndOfFile],
            // the statement list of `while (…):` and friends reduces only at its end keyword
            [only]
                if matches!(
                    only.kind(),
                    Some(K::Endwhile | K::Endfor | K::Endforeach | K::Enddeclare)
                ) =>
            {
                Vec::new()
            }
            [only] if only.kind() == Some(K::RBrace) => Vec::new(),
            _ => rest,
        };
    }
    if has(K::Function) && has(K::Const) && has(K::Public) {
        // a class member: bison has already taken the (empty) modifiers
        if has(K::Variable) {
            return vec![Expect::of(K::Variable)];
        }
        return vec![Expect::of(K::Function), Expect::of(K::Const)];
    }
    if has(K::Case) && has(K::Default) && has(K::RBrace) {
        return vec![
            Expect::of(K::Case),
            Expect::of(K::Default),
            Expect::of(K::RBrace),
        ];
    }
    if after_expression {
        if unexpected.is_some_and(|k| {
            matches!(
                k,
                K::Lt
                    | K::Gt
                    | K::IsSmallerOrEqual
                    | K::IsGreaterOrEqual
                    | K::IsEqual
                    | K::IsNotEqual
                    | K::IsIdentical
                    | K::IsNotIdentical
                    | K::Spaceship
            )
        }) {
            // a non-associative operator: bison's error is in the operator's own state
            return Vec::new();
        }
        return after_expression_expects(&ctx);
    }
    let mut rest: Vec<Expect> = expected.iter().copied().collect();
    if has(K::String) && has(K::NameRelative) && !has(K::Variable) {
        // a class name, where bison also accepts `static`: too many to list
        return Vec::new();
    }
    // a lone `?`/`:` means the error was found after reducing an operand; bison finds it
    // in the operand's state, with every operator
    if only_one(&rest, K::Question) || only_one(&rest, K::Colon) {
        return Vec::new();
    }
    // `: type` is optional before a body or `=>`
    if has(K::Colon) && rest.len() > 1 {
        rest.retain(|e| e.kind() != Some(K::Colon));
    }
    let only = |rest: &[Expect], allowed: &[K]| {
        rest.iter()
            .all(|e| e.kind().is_some_and(|k| allowed.contains(&k)))
    };
    // a parameter: attributes, modifiers, type and `&`/`...` are optional before the variable
    if has(K::Variable) && has(K::Ellipsis) {
        return vec![Expect::of(K::Variable)];
    }
    // an optional expression (`break`, `return`, a `for` section) is skipped
    if has(K::Variable) && has(K::LNumber) {
        let closing: Vec<Expect> = rest
            .iter()
            .copied()
            .filter(|e| e.kind().is_some_and(|k| !starts_expression(k)))
            .collect();
        let optional_expr = matches!(ctx.statement, Some(K::Break | K::Continue | K::Return))
            || matches!(ctx.open, Some(Open::Paren(Some(K::For), _)));
        if optional_expr && closing.len() == 1 {
            return closing;
        }
        return rest;
    }
    // optional parts bison skips by default: `&` before a function's name or parameters,
    // `= value` of a declaration, `(arguments)` of an attribute, `: type` of a function
    if rest.len() > 1 {
        rest.retain(|e| {
            !matches!(
                e.kind(),
                Some(K::AmpersandFollowedByVarOrVararg | K::AmpersandNotFollowedByVarOrVararg)
            )
        });
    }
    if has(K::Equals) && (has(K::Semicolon) || has(K::Comma)) {
        rest.retain(|e| e.kind() != Some(K::Equals));
    }
    if has(K::Comma) && (has(K::RParen) || has(K::RBracket)) {
        rest.retain(|e| e.kind() != Some(K::Comma));
    }
    if has(K::LParen) && has(K::RBracket) && ctx.open == Some(Open::Attribute) {
        rest.retain(|e| e.kind() != Some(K::LParen));
    }
    if has(K::Colon) && has(K::LBrace) && only(&rest, &[K::Colon, K::LBrace, K::Use]) {
        rest.retain(|e| e.kind() == Some(K::LBrace));
    }
    rest
}

fn only_one(list: &[Expect], k: K) -> bool {
    matches!(list, [only] if only.kind() == Some(k))
}

fn after_expression_expects(ctx: &Context) -> Vec<Expect> {
    let one = |k: K| vec![Expect::of(k)];
    match ctx.open {
        Some(Open::Paren(opener, semis)) => match opener {
            Some(K::For) if semis < 2 => one(K::Semicolon),
            Some(K::For) => one(K::RParen),
            // the expression is followed directly by `)` in these rules: no reduction
            Some(
                K::If
                | K::Elseif
                | K::While
                | K::Switch
                | K::Match
                | K::Foreach
                | K::Empty
                | K::Eval
                | K::Declare,
            ) => Vec::new(),
            Some(
                K::String
                | K::NameQualified
                | K::NameFullyQualified
                | K::NameRelative
                | K::Variable
                | K::RParen
                | K::RBracket
                | K::RBrace
                | K::Isset
                | K::Unset
                | K::Exit
                | K::Array
                | K::List
                | K::ConstantEncapsedString,
            ) => one(K::RParen),
            _ => Vec::new(),
        },
        Some(Open::Bracket) => one(K::RBracket),
        Some(Open::Attribute) => one(K::RBracket),
        Some(Open::MatchBody { arrow: false }) => one(K::DoubleArrow),
        Some(Open::MatchBody { arrow: true }) => one(K::RBrace),
        Some(Open::ClassBody) => vec![Expect::of(K::Comma), Expect::of(K::Semicolon)],
        Some(Open::Block) | None => match ctx.statement {
            Some(K::Echo | K::OpenTagWithEcho | K::Global | K::Static | K::Const) => {
                vec![Expect::of(K::Comma), Expect::of(K::Semicolon)]
            }
            Some(K::Return | K::Break | K::Continue) => one(K::Semicolon),
            _ => Vec::new(),
        },
    }
}
