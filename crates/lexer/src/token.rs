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

impl Token {
    /// The token's bytes in the source it was lexed from (empty if `src` is
    /// another, shorter source).
    pub fn text<'a>(&self, src: &'a [u8]) -> &'a [u8] {
        src.get(self.span.start as usize..self.span.end as usize)
            .unwrap_or(&[])
    }
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
    /// A bare `&` character token: only inside `"$a[…]"`, where PHP's parser
    /// rejects it as `invalid token "&"`.
    Ampersand,

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

impl TokenKind {
    /// The name PHP's `token_name()` gives this token (`T_ECHO`, `T_DOUBLE_COLON`, ...);
    /// a single-character token is named by its character (`";"`).
    pub fn php_name(self) -> &'static str {
        use TokenKind::*;
        match self {
            LNumber => "T_LNUMBER",
            DNumber => "T_DNUMBER",
            String => "T_STRING",
            NameQualified => "T_NAME_QUALIFIED",
            NameFullyQualified => "T_NAME_FULLY_QUALIFIED",
            NameRelative => "T_NAME_RELATIVE",
            Variable => "T_VARIABLE",
            InlineHtml => "T_INLINE_HTML",
            EncapsedAndWhitespace => "T_ENCAPSED_AND_WHITESPACE",
            ConstantEncapsedString => "T_CONSTANT_ENCAPSED_STRING",
            StringVarname => "T_STRING_VARNAME",
            NumString => "T_NUM_STRING",
            Include => "T_INCLUDE",
            IncludeOnce => "T_INCLUDE_ONCE",
            Eval => "T_EVAL",
            Require => "T_REQUIRE",
            RequireOnce => "T_REQUIRE_ONCE",
            LogicalOr => "T_LOGICAL_OR",
            LogicalXor => "T_LOGICAL_XOR",
            LogicalAnd => "T_LOGICAL_AND",
            Print => "T_PRINT",
            Yield => "T_YIELD",
            YieldFrom => "T_YIELD_FROM",
            Instanceof => "T_INSTANCEOF",
            New => "T_NEW",
            Clone => "T_CLONE",
            Exit => "T_EXIT",
            If => "T_IF",
            Elseif => "T_ELSEIF",
            Else => "T_ELSE",
            Endif => "T_ENDIF",
            Echo => "T_ECHO",
            Do => "T_DO",
            While => "T_WHILE",
            Endwhile => "T_ENDWHILE",
            For => "T_FOR",
            Endfor => "T_ENDFOR",
            Foreach => "T_FOREACH",
            Endforeach => "T_ENDFOREACH",
            Declare => "T_DECLARE",
            Enddeclare => "T_ENDDECLARE",
            As => "T_AS",
            Switch => "T_SWITCH",
            Endswitch => "T_ENDSWITCH",
            Case => "T_CASE",
            Default => "T_DEFAULT",
            Match => "T_MATCH",
            Break => "T_BREAK",
            Continue => "T_CONTINUE",
            Goto => "T_GOTO",
            Function => "T_FUNCTION",
            Fn => "T_FN",
            Const => "T_CONST",
            Return => "T_RETURN",
            Try => "T_TRY",
            Catch => "T_CATCH",
            Finally => "T_FINALLY",
            Throw => "T_THROW",
            Use => "T_USE",
            Insteadof => "T_INSTEADOF",
            Global => "T_GLOBAL",
            Static => "T_STATIC",
            Abstract => "T_ABSTRACT",
            Final => "T_FINAL",
            Private => "T_PRIVATE",
            Protected => "T_PROTECTED",
            Public => "T_PUBLIC",
            Readonly => "T_READONLY",
            Var => "T_VAR",
            Unset => "T_UNSET",
            Isset => "T_ISSET",
            Empty => "T_EMPTY",
            HaltCompiler => "T_HALT_COMPILER",
            Class => "T_CLASS",
            Trait => "T_TRAIT",
            Interface => "T_INTERFACE",
            Enum => "T_ENUM",
            Extends => "T_EXTENDS",
            Implements => "T_IMPLEMENTS",
            Namespace => "T_NAMESPACE",
            List => "T_LIST",
            Array => "T_ARRAY",
            Callable => "T_CALLABLE",
            Line => "T_LINE",
            File => "T_FILE",
            Dir => "T_DIR",
            ClassC => "T_CLASS_C",
            TraitC => "T_TRAIT_C",
            MethodC => "T_METHOD_C",
            FuncC => "T_FUNC_C",
            NsC => "T_NS_C",
            Attribute => "T_ATTRIBUTE",
            PlusEqual => "T_PLUS_EQUAL",
            MinusEqual => "T_MINUS_EQUAL",
            MulEqual => "T_MUL_EQUAL",
            DivEqual => "T_DIV_EQUAL",
            ConcatEqual => "T_CONCAT_EQUAL",
            ModEqual => "T_MOD_EQUAL",
            AndEqual => "T_AND_EQUAL",
            OrEqual => "T_OR_EQUAL",
            XorEqual => "T_XOR_EQUAL",
            SlEqual => "T_SL_EQUAL",
            SrEqual => "T_SR_EQUAL",
            CoalesceEqual => "T_COALESCE_EQUAL",
            PowEqual => "T_POW_EQUAL",
            BooleanOr => "T_BOOLEAN_OR",
            BooleanAnd => "T_BOOLEAN_AND",
            IsEqual => "T_IS_EQUAL",
            IsNotEqual => "T_IS_NOT_EQUAL",
            IsIdentical => "T_IS_IDENTICAL",
            IsNotIdentical => "T_IS_NOT_IDENTICAL",
            IsSmallerOrEqual => "T_IS_SMALLER_OR_EQUAL",
            IsGreaterOrEqual => "T_IS_GREATER_OR_EQUAL",
            Spaceship => "T_SPACESHIP",
            Sl => "T_SL",
            Sr => "T_SR",
            Inc => "T_INC",
            Dec => "T_DEC",
            IntCast => "T_INT_CAST",
            DoubleCast => "T_DOUBLE_CAST",
            StringCast => "T_STRING_CAST",
            ArrayCast => "T_ARRAY_CAST",
            ObjectCast => "T_OBJECT_CAST",
            BoolCast => "T_BOOL_CAST",
            UnsetCast => "T_UNSET_CAST",
            ObjectOperator => "T_OBJECT_OPERATOR",
            NullsafeObjectOperator => "T_NULLSAFE_OBJECT_OPERATOR",
            DoubleArrow => "T_DOUBLE_ARROW",
            StartHeredoc => "T_START_HEREDOC",
            EndHeredoc => "T_END_HEREDOC",
            DollarOpenCurlyBraces => "T_DOLLAR_OPEN_CURLY_BRACES",
            CurlyOpen => "T_CURLY_OPEN",
            PaamayimNekudotayim => "T_DOUBLE_COLON",
            NsSeparator => "T_NS_SEPARATOR",
            Ellipsis => "T_ELLIPSIS",
            Coalesce => "T_COALESCE",
            Pow => "T_POW",
            AmpersandFollowedByVarOrVararg => "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG",
            AmpersandNotFollowedByVarOrVararg => "T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG",
            Ampersand => "&",
            OpenTag => "T_OPEN_TAG",
            OpenTagWithEcho => "T_OPEN_TAG_WITH_ECHO",
            CloseTag => "T_CLOSE_TAG",
            Whitespace => "T_WHITESPACE",
            Comment => "T_COMMENT",
            DocComment => "T_DOC_COMMENT",
            Semicolon => ";",
            Comma => ",",
            Dot => ".",
            LBracket => "[",
            RBracket => "]",
            LParen => "(",
            RParen => ")",
            Pipe => "|",
            Caret => "^",
            Plus => "+",
            Minus => "-",
            Slash => "/",
            Star => "*",
            Equals => "=",
            Percent => "%",
            Bang => "!",
            Tilde => "~",
            Dollar => "$",
            Lt => "<",
            Gt => ">",
            Question => "?",
            Colon => ":",
            At => "@",
            LBrace => "{",
            RBrace => "}",
            DoubleQuote => "\"",
            Backtick => "`",
            BadCharacter => "T_BAD_CHARACTER",
        }
    }

    /// Whether the parser never sees this token (Zend's parser mode skips it).
    pub fn is_trivia(self) -> bool {
        matches!(
            self,
            TokenKind::Whitespace | TokenKind::Comment | TokenKind::DocComment | TokenKind::OpenTag
        )
    }
}
