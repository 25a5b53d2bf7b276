//! The token set: PHP 8.2's, one variant per `T_*` token of
//! `zend_language_parser.y` plus the single-character tokens.
//!
//! A token carries no text: its bytes are `source[span.start..span.end]`.
//! Tokens whose *value* differs from their source bytes (strings with
//! escapes, heredoc bodies with indentation removed) are decoded by
//! [`crate::decode`] helpers, so the lexer itself never allocates.

/// Byte range of a token in its source, and the line it starts on (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub line: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    // ----- literals and names -----
    /// `T_LNUMBER`: an integer literal that fits in i64.
    LNumber,
    /// `T_DNUMBER`: a float literal, or an integer literal that overflows i64.
    DNumber,
    /// `T_STRING`: an identifier (also a keyword used as a name where PHP allows it is *not*
    /// lexed as this; the parser accepts keywords in those positions).
    String,
    /// `T_NAME_QUALIFIED`: `Foo\Bar`.
    NameQualified,
    /// `T_NAME_FULLY_QUALIFIED`: `\Foo\Bar`.
    NameFullyQualified,
    /// `T_NAME_RELATIVE`: `namespace\Foo`.
    NameRelative,
    /// `T_VARIABLE`: `$name` (span includes the `$`).
    Variable,
    /// `T_INLINE_HTML`: text outside `<?php … ?>`.
    InlineHtml,
    /// `T_ENCAPSED_AND_WHITESPACE`: literal text inside `"…"`, heredoc or backticks.
    EncapsedAndWhitespace,
    /// `T_CONSTANT_ENCAPSED_STRING`: a string literal without interpolation, quotes included
    /// (`'…'` or `"…"`).
    ConstantEncapsedString,
    /// `T_STRING_VARNAME`: the `name` in `"${name}"` / `"${name[…]}"`.
    StringVarname,
    /// `T_NUM_STRING`: the offset in `"$a[12]"` / `"$a[key]"` (digits or identifier).
    NumString,

    // ----- keywords (case-insensitive in source) -----
    Include,
    IncludeOnce,
    Eval,
    Require,
    RequireOnce,
    LogicalOr,
    LogicalXor,
    LogicalAnd,
    Print,
    Yield,
    YieldFrom,
    Instanceof,
    New,
    Clone,
    Exit,
    If,
    Elseif,
    Else,
    Endif,
    Echo,
    Do,
    While,
    Endwhile,
    For,
    Endfor,
    Foreach,
    Endforeach,
    Declare,
    Enddeclare,
    As,
    Switch,
    Endswitch,
    Case,
    Default,
    Match,
    Break,
    Continue,
    Goto,
    Function,
    Fn,
    Const,
    Return,
    Try,
    Catch,
    Finally,
    Throw,
    Use,
    Insteadof,
    Global,
    Static,
    Abstract,
    Final,
    Private,
    Protected,
    Public,
    Readonly,
    Var,
    Unset,
    Isset,
    Empty,
    HaltCompiler,
    Class,
    Trait,
    Interface,
    Enum,
    Extends,
    Implements,
    Namespace,
    List,
    Array,
    Callable,
    /// `__LINE__`
    Line,
    /// `__FILE__`
    File,
    /// `__DIR__`
    Dir,
    /// `__CLASS__`
    ClassC,
    /// `__TRAIT__`
    TraitC,
    /// `__METHOD__`
    MethodC,
    /// `__FUNCTION__`
    FuncC,
    /// `__NAMESPACE__`
    NsC,

    // ----- multi-character operators -----
    /// `#[`
    Attribute,
    PlusEqual,
    MinusEqual,
    MulEqual,
    DivEqual,
    ConcatEqual,
    ModEqual,
    AndEqual,
    OrEqual,
    XorEqual,
    SlEqual,
    SrEqual,
    CoalesceEqual,
    PowEqual,
    BooleanOr,
    BooleanAnd,
    IsEqual,
    IsNotEqual,
    IsIdentical,
    IsNotIdentical,
    IsSmallerOrEqual,
    IsGreaterOrEqual,
    Spaceship,
    Sl,
    Sr,
    Inc,
    Dec,
    IntCast,
    DoubleCast,
    StringCast,
    ArrayCast,
    ObjectCast,
    BoolCast,
    UnsetCast,
    ObjectOperator,
    NullsafeObjectOperator,
    DoubleArrow,
    /// `T_START_HEREDOC`: `<<<ID\n`, `<<<"ID"\n` or `<<<'ID'\n` (nowdoc).
    StartHeredoc,
    /// `T_END_HEREDOC`: the closing identifier (span covers its indentation too).
    EndHeredoc,
    /// `${` inside a string.
    DollarOpenCurlyBraces,
    /// `{$` inside a string (span covers only the `{`; the `$var` follows as its own token).
    CurlyOpen,
    /// `::`
    PaamayimNekudotayim,
    /// `\`
    NsSeparator,
    Ellipsis,
    Coalesce,
    Pow,
    /// `&` directly followed by a variable or `...` (`T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG`).
    AmpersandFollowedByVarOrVararg,
    /// any other `&` (`T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG`).
    AmpersandNotFollowedByVarOrVararg,

    // ----- tags, trivia -----
    /// `<?php` plus the one whitespace char after it, or `<?` when short tags are on.
    OpenTag,
    /// `<?=`
    OpenTagWithEcho,
    /// `?>` plus one following newline.
    CloseTag,
    Whitespace,
    Comment,
    DocComment,

    // ----- single characters -----
    Semicolon,
    Comma,
    Dot,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Pipe,
    Caret,
    Plus,
    Minus,
    Slash,
    Star,
    Equals,
    Percent,
    Bang,
    Tilde,
    Dollar,
    Lt,
    Gt,
    Question,
    Colon,
    At,
    LBrace,
    RBrace,
    /// `"` opening or closing an interpolated string.
    DoubleQuote,
    /// `` ` ``
    Backtick,

    /// A byte no token starts with (`T_BAD_CHARACTER`).
    BadCharacter,
}
