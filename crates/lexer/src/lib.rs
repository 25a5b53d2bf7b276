//! PHP 8.2 lexer: source bytes to tokens with spans, as Zend's scanner makes them.
//!
//! # Entry points
//! - [`tokenize`]: every token, trivia included, exactly as PHP's `token_get_all()`
//!   lists them (after `__halt_compiler();` the rest is one `T_INLINE_HTML`).
//!   Never fails: PHP reports lex errors only when parsing.
//! - [`tokenize_for_parser`]: Zend's parser mode. Whitespace, comments, doc
//!   comments and `<?php` are dropped, `<?=` becomes [`TokenKind::Echo`] and `?>`
//!   becomes [`TokenKind::Semicolon`] (spans kept). PHP's lex-time errors
//!   (`Invalid numeric literal`, `Unterminated comment starting line N`,
//!   `Unclosed '{' on line N`, heredoc indentation, `\u{…}` escapes, ...) are
//!   returned as [`LexError`]. Lexing stops after `__halt_compiler();`.
//! - [`lex`]: the same in any [`Mode`], returning everything at once
//!   ([`Lexed`]): the tokens read *before* an error (PHP lexes on demand, so a
//!   syntax error in those tokens is reported instead of the lex error), the
//!   warnings PHP emits while lexing (`Octal escape sequence overflow ...`),
//!   and the `__halt_compiler` offset (`__COMPILER_HALT_OFFSET__`).
//!   [`Mode::ParserWithDocComments`] also keeps `DocComment` tokens.
//!   In the parser modes a `#!` first line is skipped, as PHP does when it
//!   compiles a file (`token_get_all()` does not).
//! - [`lex_eval`]: code for `eval()` / `php -r`, which starts in PHP.
//! - [`dump_tokens`]: one line per token, for `miniphp --dump-tokens`.
//!
//! One PHP quirk kept on purpose: a heredoc whose body starts with an
//! interpolation while its closing marker is indented fails with
//! `Invalid body indentation level ...` reported by PHP "in [no active file]
//! on line 0"; the error's `line` is then 0.
//!
//! # Token values
//! A token holds no text: its bytes are `src[span.start..span.end]`, and its
//! line is the line it starts on. Literal values come from [`decode`]:
//! - `LNumber` / `DNumber`: [`decode::parse_number_literal`] (an `LNumber`
//!   always gives `NumberLiteral::Int`; a `DNumber` may be an integer literal
//!   that overflowed, and gives the float PHP computes).
//! - `ConstantEncapsedString` (`'…'`, `"…"`, `b'…'`): [`decode::constant_string_value`].
//! - `EncapsedAndWhitespace` between `"` tokens or backticks:
//!   [`decode::encapsed_text`] with the enclosing `DoubleQuote` / `Backtick` kind.
//! - `EncapsedAndWhitespace` inside a heredoc/nowdoc: [`decode::heredoc_text`]
//!   with the spans of the heredoc's `StartHeredoc` and `EndHeredoc`: it removes
//!   the closing marker's indentation and the newline before the marker, and
//!   decodes escapes (heredoc only). The parser sees start, parts and end
//!   together in its heredoc rule, so it has all three spans at hand.
//! - `NumString` (`"$a[12]"`, `"$a[key]"`): [`decode::num_string_value`]
//!   says whether PHP makes it an integer; otherwise the key is its text. In
//!   `"$a[-1]"` PHP's parser negates it (`'-' T_NUM_STRING`).
//! - `Variable`: the name is the text without its `$`. [`Token::text`] gives a
//!   token's bytes.

pub mod decode;
mod dump;
mod keywords;
mod lexer;
mod raw;
mod token;

pub use dump::dump_tokens;
pub use token::{Span, Token, TokenKind};

/// Options of the lexer (`short_open_tag` from php.ini).
#[derive(Default, Clone, Copy, Debug)]
pub struct LexOptions {
    pub short_open_tag: bool,
}

/// An error PHP reports while lexing, with its exact message and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub message: String,
    pub line: u32,
}

impl std::fmt::Display for LexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on line {}", self.message, self.line)
    }
}

impl std::error::Error for LexError {}

/// Which of Zend's two scanner modes to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `token_get_all()`: every token, no errors.
    Tokens,
    /// What the parser reads: no trivia, lex-time errors reported.
    Parser,
    /// [`Mode::Parser`] keeping `DocComment` tokens (for `getDocComment()`).
    ParserWithDocComments,
}

/// Everything one lexing run produced.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexed {
    /// Tokens up to the end, or up to the error.
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
    /// Compile warnings PHP emits while lexing, in source order.
    pub warnings: Vec<LexError>,
    /// Byte offset just after `__halt_compiler();`, if lexing stopped there.
    pub halt_offset: Option<u32>,
}

/// Lexes a file in the given mode; see the crate documentation. In the
/// parser modes a `#!` first line is skipped, as PHP does for files it compiles.
pub fn lex(src: &[u8], opts: LexOptions, mode: Mode) -> Lexed {
    lexer::lex(src, opts, mode, lexer::Start::File)
}

/// Lexes code given to `eval()` (or `php -r`): it starts in PHP, not in inline HTML.
pub fn lex_eval(src: &[u8], opts: LexOptions, mode: Mode) -> Lexed {
    lexer::lex(src, opts, mode, lexer::Start::Code)
}

/// All tokens, trivia included, as `token_get_all()` gives them.
pub fn tokenize(src: &[u8], opts: LexOptions) -> Result<Vec<Token>, LexError> {
    let lexed = lex(src, opts, Mode::Tokens);
    match lexed.error {
        Some(e) => Err(e),
        None => Ok(lexed.tokens),
    }
}

/// The tokens the parser reads (Zend's parser mode), or the first lex error.
pub fn tokenize_for_parser(src: &[u8], opts: LexOptions) -> Result<Vec<Token>, LexError> {
    let lexed = lex(src, opts, Mode::Parser);
    match lexed.error {
        Some(e) => Err(e),
        None => Ok(lexed.tokens),
    }
}

#[cfg(test)]
mod tests;
