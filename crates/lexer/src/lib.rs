//! PHP 8.2 lexer: source bytes to tokens with spans.

mod token;

pub use token::{Span, Token, TokenKind};
