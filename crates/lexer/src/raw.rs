//! The logos automaton for the in-script state (Zend's `ST_IN_SCRIPTING`).
//!
//! It recognises the shape of one token; [`crate::lexer`] decides what it means.
//! Tokens that need look-ahead or an unbounded scan (comments, strings, heredoc
//! starts, casts, `&`, `?>`) are only *started* here and finished by the driver.

use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(utf8 = false)]
#[logos(subpattern label = r"(?-u:[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*)")]
#[logos(subpattern lnum = r"[0-9]+(_[0-9]+)*")]
#[logos(subpattern dnum = r"((?&lnum)?\.(?&lnum))|((?&lnum)\.(?&lnum)?)")]
pub(crate) enum Raw {
    #[regex(r"[ \t\r\n]+")]
    Whitespace,
    /// A label; keywords are told apart by [`crate::keywords`].
    #[regex(r"(?&label)")]
    Label,
    /// `Foo\Bar` (or `namespace\Foo`, told apart by the driver).
    #[regex(r"(?&label)(\\(?&label))+")]
    QualifiedName,
    #[regex(r"(\\(?&label))+")]
    FullyQualifiedName,
    #[regex(r"\$(?&label)")]
    Variable,

    #[regex(r"(?&lnum)")]
    DecimalInt,
    #[regex(r"0[xX][0-9a-fA-F]+(_[0-9a-fA-F]+)*")]
    HexInt,
    #[regex(r"0[bB][01]+(_[01]+)*")]
    BinaryInt,
    #[regex(r"0[oO][0-7]+(_[0-7]+)*")]
    OctalInt,
    #[regex(r"(?&dnum)|(((?&lnum)|(?&dnum))[eE][+-]?(?&lnum))")]
    Float,

    /// `(` + spaces + a word + spaces + `)`: a cast if the word is a type name.
    #[regex(r"\([ \t]*[a-zA-Z]+[ \t]*\)")]
    CastCandidate,
    #[token("#")]
    #[token("//")]
    LineComment,
    #[token("/*")]
    BlockComment,
    #[token("'")]
    #[token("b'")]
    #[token("B'")]
    SingleQuote,
    #[token("\"")]
    #[token("b\"")]
    #[token("B\"")]
    DoubleQuote,
    #[token("<<<")]
    #[token("b<<<")]
    #[token("B<<<")]
    HeredocStart,
    #[token("?>")]
    CloseTag,
    #[token("&")]
    Ampersand,

    #[token("#[")]
    Attribute,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    MulEqual,
    #[token("/=")]
    DivEqual,
    #[token(".=")]
    ConcatEqual,
    #[token("%=")]
    ModEqual,
    #[token("&=")]
    AndEqual,
    #[token("|=")]
    OrEqual,
    #[token("^=")]
    XorEqual,
    #[token("<<=")]
    SlEqual,
    #[token(">>=")]
    SrEqual,
    #[token("??=")]
    CoalesceEqual,
    #[token("**=")]
    PowEqual,
    #[token("||")]
    BooleanOr,
    #[token("&&")]
    BooleanAnd,
    #[token("==")]
    IsEqual,
    #[token("!=")]
    #[token("<>")]
    IsNotEqual,
    #[token("===")]
    IsIdentical,
    #[token("!==")]
    IsNotIdentical,
    #[token("<=")]
    IsSmallerOrEqual,
    #[token(">=")]
    IsGreaterOrEqual,
    #[token("<=>")]
    Spaceship,
    #[token("<<")]
    Sl,
    #[token(">>")]
    Sr,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("->")]
    ObjectOperator,
    #[token("?->")]
    NullsafeObjectOperator,
    #[token("=>")]
    DoubleArrow,
    #[token("::")]
    DoubleColon,
    #[token("\\")]
    NsSeparator,
    #[token("...")]
    Ellipsis,
    #[token("??")]
    Coalesce,
    #[token("**")]
    Pow,

    #[token(";")]
    Semicolon,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("/")]
    Slash,
    #[token("*")]
    Star,
    #[token("=")]
    Equals,
    #[token("%")]
    Percent,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("$")]
    Dollar,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token("@")]
    At,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("`")]
    Backtick,
}

/// The raw token starting at `pos` and where it ends; `None` for a byte no
/// pattern accepts (the caller makes it a one-byte `T_BAD_CHARACTER`).
pub(crate) fn scan(src: &[u8], pos: usize) -> Option<(Raw, usize)> {
    let mut lex = Raw::lexer(&src[pos..]);
    match lex.next() {
        Some(Ok(raw)) => Some((raw, pos + lex.span().end)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(src: &[u8]) -> Vec<(Raw, &[u8])> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < src.len() {
            let (raw, end) =
                scan(src, pos).unwrap_or_else(|| panic!("no token at {pos} in {src:?}"));
            out.push((raw, &src[pos..end]));
            pos = end;
        }
        out
    }

    #[test]
    fn backtracks_to_the_longest_complete_token() {
        use Raw::*;
        assert_eq!(all(b"1_"), vec![(DecimalInt, &b"1"[..]), (Label, b"_")]);
        assert_eq!(all(b"1e"), vec![(DecimalInt, &b"1"[..]), (Label, b"e")]);
        assert_eq!(all(b"0x"), vec![(DecimalInt, &b"0"[..]), (Label, b"x")]);
        assert_eq!(
            all(b"1e+"),
            vec![(DecimalInt, &b"1"[..]), (Label, b"e"), (Plus, b"+")]
        );
        assert_eq!(all(b"1..2"), vec![(Float, &b"1."[..]), (Float, b".2")]);
        assert_eq!(
            all(b"Foo\\ "),
            vec![
                (Label, &b"Foo"[..]),
                (NsSeparator, b"\\"),
                (Whitespace, b" ")
            ]
        );
        assert_eq!(
            all(b"( int"),
            vec![(LParen, &b"("[..]), (Whitespace, b" "), (Label, b"int")]
        );
        assert_eq!(all(b"1.5e3x"), vec![(Float, &b"1.5e3"[..]), (Label, b"x")]);
        assert_eq!(all(b"\xff\x80a"), vec![(Label, &b"\xff\x80a"[..])]);
    }

    #[test]
    fn unknown_byte_is_none() {
        assert_eq!(scan(b"\x01", 0), None);
    }
}
