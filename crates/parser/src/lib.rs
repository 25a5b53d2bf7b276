//! PHP 8.2 parser: tokens to the AST, with PHP-format parse errors.

pub mod ast;
mod ctx;
mod errors;
mod rd;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
    grammar
);

#[cfg(test)]
mod tests;

use miniphp_lexer::{Span, Token, TokenKind};

#[derive(Default, Clone, Copy, Debug)]
pub struct ParseOptions {
    pub short_open_tag: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// `PHP Parse error:  syntax error, …`
    Parse,
    /// `PHP Fatal error:  …` raised while compiling (e.g. an unparenthesized nested ternary).
    Fatal,
    /// A `CompileError` Zend throws while compiling (a repeated modifier, `__halt_compiler`
    /// in a block): eval and include raise it, uncaught it is a `Fatal error`.
    CompileError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    /// PHP's message without the `PHP Parse error:  ` prefix and the ` in F on line N` suffix.
    pub message: String,
    pub line: u32,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on line {}", self.message, self.line)
    }
}

impl std::error::Error for ParseError {}

/// Which parser builds the tree.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Engine {
    /// The lalrpop grammar alone (the reference).
    #[cfg_attr(not(test), allow(dead_code))]
    Grammar,
    /// The fast parser, and the grammar where it declines.
    Fast,
    /// The fast parser alone: None where it declines (for the differential test).
    #[cfg_attr(not(test), allow(dead_code))]
    FastOnly,
}

/// The fast parser takes the files it can (see rd/), the grammar the rest and the errors.
const ENGINE: Engine = Engine::Fast;

/// Parses a whole PHP file.
pub fn parse(src: &[u8], opts: ParseOptions) -> Result<ast::File, ParseError> {
    parse_with(src, opts, ENGINE).unwrap_or_else(|| {
        Err(ParseError {
            kind: ParseErrorKind::Parse,
            message: "the parser declined the file".to_string(),
            line: 0,
        })
    })
}

/// [`parse`] by the given engine (None only where [`Engine::FastOnly`] declines).
pub(crate) fn parse_with(
    src: &[u8],
    opts: ParseOptions,
    engine: Engine,
) -> Option<Result<ast::File, ParseError>> {
    let lex_opts = miniphp_lexer::LexOptions {
        short_open_tag: opts.short_open_tag,
    };
    let lexed = miniphp_lexer::lex(src, lex_opts, miniphp_lexer::Mode::ParserWithDocComments);
    if let Some(e) = lexed.error {
        // PHP parses while it lexes: a syntax error before the lex error is reported first
        let lex_error = ParseError {
            kind: ParseErrorKind::Parse,
            message: e.message,
            line: e.line,
        };
        return Some(Err(match parse_owned_tokens(src, lexed.tokens, engine)? {
            Err(syntax)
                if syntax.kind == ParseErrorKind::Parse
                    && !syntax.message.contains("unexpected end of file") =>
            {
                syntax
            }
            _ => lex_error,
        }));
    }
    let mut file = match parse_owned_tokens(src, lexed.tokens, engine)? {
        Ok(file) => file,
        Err(e) => return Some(Err(e)),
    };
    file.halt_offset = file.halt_offset.or(lexed.halt_offset);
    // the lexer's warnings come first: PHP lexes while parsing, and deprecates `${` later,
    // while compiling
    let lexer_warnings = lexed.warnings.into_iter().map(|w| ast::Diagnostic {
        kind: ast::DiagnosticKind::CompileWarning,
        message: w.message,
        line: w.line,
    });
    file.diagnostics.splice(0..0, lexer_warnings);
    Some(Ok(file))
}

/// Parses a file from its tokens (trivia may be present: the parser skips it).
pub fn parse_tokens(src: &[u8], tokens: &[Token]) -> Result<ast::File, ParseError> {
    let declined = || {
        Err(ParseError {
            kind: ParseErrorKind::Parse,
            message: "the parser declined the file".to_string(),
            line: 0,
        })
    };
    parse_owned_tokens(src, tokens.to_vec(), ENGINE).unwrap_or_else(declined)
}

/// [`parse_tokens`] on a vector it may filter in place (no second token array).
fn parse_owned_tokens(
    src: &[u8],
    tokens: Vec<Token>,
    engine: Engine,
) -> Option<Result<ast::File, ParseError>> {
    let (toks, docs, halt_offset) = parser_tokens(tokens);
    let last_line = toks.last().map_or(1, |t| t.span.line);
    let ctx = ctx::Ctx::new(src, toks, docs);
    let fast = match engine {
        Engine::Grammar => None,
        Engine::Fast | Engine::FastOnly => rd::file(&ctx).ok(),
    };
    let stmts = match fast {
        Some(stmts) => stmts,
        None if engine == Engine::FastOnly => return None,
        None => {
            ctx.reset();
            let stream = ctx
                .toks
                .iter()
                .enumerate()
                .map(|(i, t)| Ok::<_, ()>((i, t.kind, i + 1)));
            match grammar::FileParser::new().parse(&ctx, stream) {
                Ok(stmts) => stmts,
                Err(e) => return Some(Err(errors::syntax_error(&ctx, e))),
            }
        }
    };
    if let Some(fatal) = ctx.take_fatal() {
        return Some(Err(fatal));
    }
    Some(Ok(ast::File {
        stmts,
        last_line,
        halt_offset,
        diagnostics: ctx.deprecations.take(),
    }))
}

/// What the grammar sees of a token: `?>` ends a statement, `<?=` echoes (as in Zend).
fn parser_kind(kind: TokenKind) -> TokenKind {
    match kind {
        TokenKind::CloseTag => TokenKind::Semicolon,
        TokenKind::OpenTagWithEcho => TokenKind::Echo,
        k => k,
    }
}

type ParserTokens = (Vec<Token>, Vec<(u32, Span)>, Option<u32>);

/// Drops trivia (in place), gives each token its [`parser_kind`], remembers which tokens
/// a doc comment precedes (sparse: most have none), and stops after `__halt_compiler();`
/// (the bytes after it are data, not code).
fn parser_tokens(mut toks: Vec<Token>) -> ParserTokens {
    // What the lexer's parser mode gives (no trivia, kinds already mapped) is kept as it is
    // unless it holds a doc comment or `__halt_compiler`: one cheap pass instead of a copy.
    let as_is =
        |k: TokenKind| !(k.is_trivia() || parser_kind(k) != k || k == TokenKind::HaltCompiler);
    if toks.iter().all(|t| as_is(t.kind)) {
        return (toks, Vec::new(), None);
    }
    let mut docs = Vec::new();
    let mut doc = None;
    let mut halt_offset = None;
    let mut kept = 0;
    for i in 0..toks.len() {
        let t = toks[i];
        match t.kind {
            TokenKind::DocComment => doc = Some(t.span),
            k if k.is_trivia() => {}
            kind => {
                toks[kept] = Token {
                    kind: parser_kind(kind),
                    span: t.span,
                };
                if let Some(span) = doc.take() {
                    docs.push((kept as u32, span));
                }
                kept += 1;
                // `__halt_compiler ( ) ;` ends with a `;` (or `?>`): look back only there.
                let at_semicolon = parser_kind(t.kind) == TokenKind::Semicolon;
                if let Some(end) = at_semicolon.then(|| halt_end(&toks[..kept])).flatten() {
                    halt_offset = Some(end);
                    break;
                }
            }
        }
    }
    toks.truncate(kept);
    (toks, docs, halt_offset)
}

/// The offset past `__halt_compiler ( ) ;` if the tokens end with it.
fn halt_end(toks: &[Token]) -> Option<u32> {
    let [.., a, b, c, d] = toks else { return None };
    let kinds = [a.kind, b.kind, c.kind, parser_kind(d.kind)];
    (kinds
        == [
            TokenKind::HaltCompiler,
            TokenKind::LParen,
            TokenKind::RParen,
            TokenKind::Semicolon,
        ])
    .then_some(d.span.end)
}

/// The tree in Rust's debug format, for `miniphp --dump-ast`.
pub fn dump_ast(file: &ast::File) -> String {
    format!("{file:#?}")
}
