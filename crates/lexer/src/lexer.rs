//! The state machine around the logos automaton: Zend's scanner states
//! (inline HTML, strings with interpolation, heredocs, property and offset
//! look-ups inside strings) and the checks PHP makes at lex time.

use crate::decode::{self, count_newlines, HeredocPart, Indentation, Problem};
use crate::keywords;
use crate::raw::{self, Raw};
use crate::{LexError, LexOptions, Lexed, Mode, Span, Token, TokenKind};

/// Zend's scanner conditions (`ST_*`), `INITIAL` being inline HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Initial,
    Scripting,
    DoubleQuotes,
    Backquote,
    Heredoc,
    Nowdoc,
    EndHeredoc,
    LookingForProperty,
    LookingForVarname,
    VarOffset,
}

/// An open heredoc or nowdoc.
#[derive(Clone, Copy)]
struct Heredoc {
    /// The label's bytes in the source.
    label: (usize, usize),
    /// The closing marker's indentation, once known (look-ahead or marker found).
    indent: Indentation,
}

/// What one scanning step found.
enum Step {
    /// A token from the current position to this end.
    Emit(TokenKind, usize),
    /// Only the state changed; scan again.
    Retry,
    Eof,
}

use Step::{Emit, Retry};

struct Lexer<'s> {
    src: &'s [u8],
    pos: usize,
    state: State,
    stack: Vec<State>,
    heredocs: Vec<Heredoc>,
    /// Open brackets `(`, `[`, `{` and their offsets: PHP reports mismatches at lex time
    /// (with the opening line, counted only then).
    nesting: Vec<(u8, usize)>,
    parser_mode: bool,
    /// Parser mode keeping `T_DOC_COMMENT` tokens.
    keep_doc_comments: bool,
    short_tags: bool,
    /// Line of `line_pos`; lines are counted lazily up to each token start.
    line: u32,
    line_pos: usize,
    /// Tokens still to read after `__halt_compiler` (its `(`, `)`, `;`).
    halt_countdown: Option<u8>,
    /// This lexer is a heredoc look-ahead (see [`Lexer::scan_ahead`]).
    scan_ahead: bool,
    /// In a look-ahead: the indentation of the last heredoc closing marker
    /// seen (PHP keeps it in one global, whichever heredoc it closes).
    marker_indent: Indentation,
    /// Newlines PHP fails to count in token mode (after a bad escape it stops
    /// counting the string's lines); subtracted from later tokens' lines.
    line_skew: u32,
    /// Skew found in the token being read, applied from the next token on.
    pending_skew: u32,
    out: Lexed,
}

/// Where a source begins: a file (inline HTML until `<?php`) or code given
/// to `eval()` (already in PHP).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Start {
    File,
    Code,
}

pub(crate) fn lex(src: &[u8], opts: LexOptions, mode: Mode, start: Start) -> Lexed {
    let mut lexer = Lexer::new(src, mode, opts.short_open_tag);
    // Dense code has about one token per three bytes: room reserved but never used costs
    // no memory, while growing copies every token read so far.
    lexer.out.tokens.reserve(src.len() / 2 + 16);
    if u32::try_from(src.len()).is_err() {
        lexer.out.error = Some(LexError {
            message: "Source file too large".into(),
            line: 0,
        });
        return lexer.out;
    }
    match start {
        Start::Code => lexer.state = State::Scripting,
        // PHP skips a `#!` first line of a file it compiles (not in token_get_all()).
        Start::File if lexer.parser_mode && src.starts_with(b"#!") => {
            // It counts as one line, whatever `\r` it holds.
            lexer.pos = shebang_len(src);
            (lexer.line, lexer.line_pos) = (2, lexer.pos);
        }
        Start::File => {}
    }
    if let Err(e) = lexer.run() {
        lexer.out.error = Some(e);
    }
    lexer.out
}

/// Length of a `#!…` first line, newline included.
fn shebang_len(src: &[u8]) -> usize {
    // Up to the first `\n`, or the whole file if there is none (as php does).
    src.iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |nl| nl + 1)
}

fn body_indentation_message(width: usize) -> String {
    format!("Invalid body indentation level (expecting an indentation level of at least {width})")
}

fn is_label_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_label_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Whether a token of this kind may span lines (as read, before the parser mode
/// renames `?>` and `<?=`). A `BadCharacter` may be a newline (`"$a[` + newline).
fn may_hold_newline(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Whitespace
            | Comment
            | DocComment
            | InlineHtml
            | OpenTag
            | CloseTag
            | ConstantEncapsedString
            | EncapsedAndWhitespace
            | StartHeredoc
            | EndHeredoc
            | YieldFrom
            | BadCharacter
    )
}

/// The token for a character PHP returns as itself.
fn single_char(b: u8) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match b {
        b';' => Semicolon,
        b':' => Colon,
        b',' => Comma,
        b'.' => Dot,
        b'[' => LBracket,
        b']' => RBracket,
        b'(' => LParen,
        b')' => RParen,
        b'|' => Pipe,
        b'^' => Caret,
        b'&' => Ampersand,
        b'+' => Plus,
        b'-' => Minus,
        b'/' => Slash,
        b'*' => Star,
        b'=' => Equals,
        b'%' => Percent,
        b'!' => Bang,
        b'~' => Tilde,
        b'$' => Dollar,
        b'<' => Lt,
        b'>' => Gt,
        b'?' => Question,
        b'@' => At,
        b'{' => LBrace,
        b'}' => RBrace,
        b'"' => DoubleQuote,
        b'`' => Backtick,
        _ => return None,
    })
}

impl<'s> Lexer<'s> {
    fn new(src: &'s [u8], mode: Mode, short_tags: bool) -> Lexer<'s> {
        Lexer {
            src,
            pos: 0,
            state: State::Initial,
            stack: Vec::new(),
            heredocs: Vec::new(),
            nesting: Vec::new(),
            parser_mode: mode != Mode::Tokens,
            keep_doc_comments: mode == Mode::ParserWithDocComments,
            short_tags,
            line: 1,
            line_pos: 0,
            halt_countdown: None,
            scan_ahead: false,
            marker_indent: Indentation::NONE,
            line_skew: 0,
            pending_skew: 0,
            out: Lexed::default(),
        }
    }

    fn run(&mut self) -> Result<(), LexError> {
        loop {
            // The state nearly every token is read in goes straight to its scanner.
            let step = if self.state == State::Scripting && self.pos < self.src.len() {
                self.scripting()?
            } else {
                self.step()?
            };
            match step {
                Emit(kind, end) => {
                    // The token starts where the step left `pos` (after skipped whitespace).
                    let start = std::mem::replace(&mut self.pos, end);
                    self.push(kind, start, end);
                    if self.halt_countdown == Some(0) {
                        return self.halt();
                    }
                }
                Retry => {}
                Step::Eof => {
                    self.pos = self.src.len();
                    return self.at_eof();
                }
            }
        }
    }

    fn line_at(&mut self, pos: usize) -> u32 {
        if pos == self.line_pos {
            return self.line;
        }
        if pos > self.line_pos {
            self.line += count_newlines(self.src, self.line_pos, pos);
        } else {
            self.line -= count_newlines(self.src, pos, self.line_pos);
        }
        self.line_pos = pos;
        self.line
    }

    fn error(&mut self, message: impl Into<String>) -> LexError {
        let line = self.line_at(self.pos);
        LexError {
            message: message.into(),
            line,
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        match self.halt_countdown.as_mut() {
            Some(n) if !kind.is_trivia() => *n -= 1,
            None if kind == TokenKind::HaltCompiler => self.halt_countdown = Some(3),
            _ => {}
        }
        let spans_lines = may_hold_newline(kind);
        let kind = match kind {
            _ if !self.parser_mode => kind,
            TokenKind::DocComment if self.keep_doc_comments => kind,
            k if k.is_trivia() => {
                // Dropped: its line is not needed (lines are counted lazily, up to
                // the next token kept).
                self.line_skew += std::mem::take(&mut self.pending_skew);
                return;
            }
            TokenKind::OpenTagWithEcho => TokenKind::Echo,
            TokenKind::CloseTag => TokenKind::Semicolon,
            k => k,
        };
        let line = self.line_at(start).saturating_sub(self.line_skew);
        if !spans_lines {
            // Nothing to count up to its end: the next token's line is counted from there.
            self.line_pos = end;
        }
        self.line_skew += std::mem::take(&mut self.pending_skew);
        let span = Span {
            start: start as u32,
            end: end as u32,
            line,
        };
        self.out.tokens.push(Token { kind, span });
    }

    /// `__halt_compiler();` read: the rest is data. `token_get_all()` shows it
    /// as one `T_INLINE_HTML`, so the token mode does too.
    fn halt(&mut self) -> Result<(), LexError> {
        self.halt_countdown = None;
        self.out.halt_offset = Some(self.pos as u32);
        // The parser stops the lexer here, and the end it then reads checks brackets.
        self.at_eof()?;
        if !self.parser_mode && self.pos < self.src.len() {
            // token_get_all() gives it the line of the token before.
            let line = self.out.tokens.last().map_or(1, |t| t.span.line);
            let span = Span {
                start: self.pos as u32,
                end: self.src.len() as u32,
                line,
            };
            self.out.tokens.push(Token {
                kind: TokenKind::InlineHtml,
                span,
            });
        }
        Ok(())
    }

    fn at_eof(&mut self) -> Result<(), LexError> {
        if let Some(&(open, at)) = self.nesting.last() {
            let msg = self.unclosed(open, at, None);
            return Err(self.error(msg));
        }
        Ok(())
    }

    fn step(&mut self) -> Result<Step, LexError> {
        if self.pos >= self.src.len() && !matches!(self.state, State::EndHeredoc) {
            return Ok(Step::Eof);
        }
        match self.state {
            State::Initial => Ok(self.inline_html()),
            State::Scripting => self.scripting(),
            State::DoubleQuotes => self.quoted(b'"', TokenKind::DoubleQuote),
            State::Backquote => self.quoted(b'`', TokenKind::Backtick),
            State::Heredoc => self.heredoc_body(),
            State::Nowdoc => self.nowdoc_body(),
            State::EndHeredoc => self.end_heredoc(),
            State::LookingForProperty => self.looking_for_property(),
            State::LookingForVarname => Ok(self.looking_for_varname()),
            State::VarOffset => Ok(self.var_offset()),
        }
    }

    fn push_state(&mut self, state: State) {
        self.stack.push(self.state);
        self.state = state;
    }

    fn pop_state(&mut self) {
        if let Some(state) = self.stack.pop() {
            self.state = state;
        }
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.src.get(i).copied()
    }

    fn starts_with_ignore_case(&self, at: usize, word: &[u8]) -> bool {
        self.src
            .get(at..at + word.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(word))
    }

    fn label_end(&self, mut i: usize) -> usize {
        while i < self.src.len() && is_label_char(self.src[i]) {
            i += 1;
        }
        i
    }

    fn skip_whitespace(&self, mut i: usize) -> usize {
        while i < self.src.len() && is_whitespace(self.src[i]) {
            i += 1;
        }
        i
    }

    /// [`Self::skip_whitespace`] counting the newlines passed when the line is known
    /// at `i` (the usual case: the token before holds no newline), so that the token
    /// after needs no count of its own.
    fn skip_whitespace_counting_lines(&mut self, from: usize) -> usize {
        if self.line_pos != from {
            return self.skip_whitespace(from);
        }
        let src = self.src;
        let (mut i, mut lines) = (from, 0);
        while i < src.len() {
            match src[i] {
                b' ' | b'\t' => {}
                b'\n' => lines += 1,
                // A lone `\r` is a newline too; `\r\n` counts once, at its `\n`.
                b'\r' => lines += u32::from(src.get(i + 1) != Some(&b'\n')),
                _ => break,
            }
            i += 1;
        }
        self.line += lines;
        self.line_pos = i;
        i
    }

    // ----- INITIAL: inline HTML and open tags -----

    fn inline_html(&mut self) -> Step {
        let at = self.pos;
        if self.src[at..].starts_with(b"<?=") {
            self.state = State::Scripting;
            return Emit(TokenKind::OpenTagWithEcho, at + 3);
        }
        if self.src[at..].starts_with(b"<?") {
            if self.starts_with_ignore_case(at + 2, b"php") {
                let end = match self.byte(at + 5) {
                    None => Some(at + 5),
                    Some(b' ' | b'\t' | b'\n') => Some(at + 6),
                    Some(b'\r') if self.byte(at + 6) == Some(b'\n') => Some(at + 7),
                    Some(b'\r') => Some(at + 6),
                    // `<?phpX` is `<?` then `phpX` with short tags, else inline HTML.
                    _ => self.short_tags.then_some(at + 2),
                };
                if let Some(end) = end {
                    self.state = State::Scripting;
                    return Emit(TokenKind::OpenTag, end);
                }
            } else if self.short_tags {
                self.state = State::Scripting;
                return Emit(TokenKind::OpenTag, at + 2);
            }
        }
        Emit(TokenKind::InlineHtml, self.inline_html_end(at + 1))
    }

    /// Where inline HTML starting before `from` stops: at the next open tag.
    fn inline_html_end(&self, from: usize) -> usize {
        let src = self.src;
        let mut i = from;
        while let Some(off) = src.get(i..).and_then(|s| s.iter().position(|&b| b == b'<')) {
            let lt = i + off;
            if self.byte(lt + 1) == Some(b'?') {
                let php_tag = self.starts_with_ignore_case(lt + 2, b"php")
                    && self.byte(lt + 5).is_none_or(is_whitespace);
                if self.short_tags || self.byte(lt + 2) == Some(b'=') || php_tag {
                    return lt;
                }
            }
            i = lt + 1;
        }
        src.len()
    }

    // ----- ST_IN_SCRIPTING -----

    fn scripting(&mut self) -> Result<Step, LexError> {
        use TokenKind as K;
        let mut at = self.pos;
        if self.parser_mode && self.src.get(at).copied().is_some_and(is_whitespace) {
            // The parser drops whitespace: skip it without making a token (its only
            // effect as a dropped token, applying a pending line skew, is kept), and
            // read the token after it in the same step.
            at = self.skip_whitespace_counting_lines(at);
            self.pos = at;
            self.line_skew += std::mem::take(&mut self.pending_skew);
            if at >= self.src.len() {
                return Ok(Step::Eof);
            }
        }
        let Some((raw, end)) = raw::scan(self.src, at) else {
            return Ok(Emit(K::BadCharacter, at + 1));
        };
        let kind = match raw {
            Raw::Whitespace => K::Whitespace,
            Raw::Label => return Ok(self.label(end)),
            Raw::QualifiedName => {
                let first = &self.src[at..self.label_end(at)];
                if first.eq_ignore_ascii_case(b"namespace") {
                    K::NameRelative
                } else {
                    K::NameQualified
                }
            }
            Raw::FullyQualifiedName => K::NameFullyQualified,
            Raw::Variable => K::Variable,
            Raw::DecimalInt | Raw::HexInt | Raw::BinaryInt | Raw::OctalInt => {
                let text = &self.src[at..end];
                match decode::parse_int_literal(text) {
                    Ok(decode::NumberLiteral::Float(_)) => K::DNumber,
                    Ok(decode::NumberLiteral::Int(_)) => K::LNumber,
                    Err(msg) if self.parser_mode => return Err(self.error(msg)),
                    Err(_) => {
                        // An octal literal with an 8 or 9: PHP classifies the digits before it.
                        let valid = text.iter().position(|b| matches!(b, b'8' | b'9'));
                        match decode::parse_int_literal(&text[..valid.unwrap_or(0)]) {
                            Ok(decode::NumberLiteral::Float(_)) => K::DNumber,
                            _ => K::LNumber,
                        }
                    }
                }
            }
            Raw::Float => K::DNumber,
            Raw::CastCandidate => return self.cast(end),
            Raw::LineComment => return Ok(Emit(K::Comment, self.line_comment_end(end))),
            Raw::BlockComment => return self.block_comment(),
            Raw::SingleQuote => return Ok(self.single_quoted(end)),
            Raw::DoubleQuote => return self.double_quoted(end),
            Raw::HeredocStart => return self.heredoc_start(end),
            Raw::CloseTag => {
                self.state = State::Initial;
                let end = match (self.byte(end), self.byte(end + 1)) {
                    (Some(b'\r'), Some(b'\n')) => end + 2,
                    (Some(b'\n' | b'\r'), _) => end + 1,
                    _ => end,
                };
                return Ok(Emit(K::CloseTag, end));
            }
            Raw::Ampersand => {
                let next = self.skip_whitespace(end);
                let by_ref = self.byte(next) == Some(b'$') || self.src[next..].starts_with(b"...");
                if by_ref {
                    K::AmpersandFollowedByVarOrVararg
                } else {
                    K::AmpersandNotFollowedByVarOrVararg
                }
            }
            Raw::Attribute => {
                self.enter_nesting(b'[');
                K::Attribute
            }
            Raw::ObjectOperator | Raw::NullsafeObjectOperator => {
                self.push_state(State::LookingForProperty);
                if raw == Raw::ObjectOperator {
                    K::ObjectOperator
                } else {
                    K::NullsafeObjectOperator
                }
            }
            Raw::LBrace => {
                self.push_state(State::Scripting);
                self.enter_nesting(b'{');
                K::LBrace
            }
            Raw::RBrace => {
                self.pop_state();
                self.exit_nesting(b'}')?;
                K::RBrace
            }
            Raw::LParen | Raw::LBracket => {
                self.enter_nesting(self.src[at]);
                single_char(self.src[at]).unwrap_or(K::BadCharacter)
            }
            Raw::RParen | Raw::RBracket => {
                self.exit_nesting(self.src[at])?;
                single_char(self.src[at]).unwrap_or(K::BadCharacter)
            }
            Raw::Backtick => {
                self.state = State::Backquote;
                K::Backtick
            }
            Raw::PlusEqual => K::PlusEqual,
            Raw::MinusEqual => K::MinusEqual,
            Raw::MulEqual => K::MulEqual,
            Raw::DivEqual => K::DivEqual,
            Raw::ConcatEqual => K::ConcatEqual,
            Raw::ModEqual => K::ModEqual,
            Raw::AndEqual => K::AndEqual,
            Raw::OrEqual => K::OrEqual,
            Raw::XorEqual => K::XorEqual,
            Raw::SlEqual => K::SlEqual,
            Raw::SrEqual => K::SrEqual,
            Raw::CoalesceEqual => K::CoalesceEqual,
            Raw::PowEqual => K::PowEqual,
            Raw::BooleanOr => K::BooleanOr,
            Raw::BooleanAnd => K::BooleanAnd,
            Raw::IsEqual => K::IsEqual,
            Raw::IsNotEqual => K::IsNotEqual,
            Raw::IsIdentical => K::IsIdentical,
            Raw::IsNotIdentical => K::IsNotIdentical,
            Raw::IsSmallerOrEqual => K::IsSmallerOrEqual,
            Raw::IsGreaterOrEqual => K::IsGreaterOrEqual,
            Raw::Spaceship => K::Spaceship,
            Raw::Sl => K::Sl,
            Raw::Sr => K::Sr,
            Raw::Inc => K::Inc,
            Raw::Dec => K::Dec,
            Raw::DoubleArrow => K::DoubleArrow,
            Raw::DoubleColon => K::PaamayimNekudotayim,
            Raw::NsSeparator => K::NsSeparator,
            Raw::Ellipsis => K::Ellipsis,
            Raw::Coalesce => K::Coalesce,
            Raw::Pow => K::Pow,
            Raw::Semicolon
            | Raw::Comma
            | Raw::Dot
            | Raw::Pipe
            | Raw::Caret
            | Raw::Plus
            | Raw::Minus
            | Raw::Slash
            | Raw::Star
            | Raw::Equals
            | Raw::Percent
            | Raw::Bang
            | Raw::Tilde
            | Raw::Dollar
            | Raw::Lt
            | Raw::Gt
            | Raw::Question
            | Raw::Colon
            | Raw::At => single_char(self.src[at]).unwrap_or(K::BadCharacter),
        };
        Ok(Emit(kind, end))
    }

    /// A label: a keyword (with `yield from` and `enum` decided by look-ahead) or `T_STRING`.
    fn label(&mut self, end: usize) -> Step {
        use TokenKind as K;
        match keywords::keyword(self.src, self.pos, end) {
            None => Emit(K::String, end),
            Some(K::Yield) => {
                let from = self.skip_whitespace(end);
                let is_from = from > end
                    && self.starts_with_ignore_case(from, b"from")
                    && self.byte(from + 4).is_none_or(|b| !is_label_char(b));
                if is_from {
                    Emit(K::YieldFrom, from + 4)
                } else {
                    Emit(K::Yield, end)
                }
            }
            Some(K::Enum) => {
                let next = self.skip_whitespace(end);
                let is_enum = next > end
                    && !self.starts_with_ignore_case(next, b"extends")
                    && !self.starts_with_ignore_case(next, b"implements")
                    && self.byte(next).is_some_and(is_label_start);
                Emit(if is_enum { K::Enum } else { K::String }, end)
            }
            Some(kind) => Emit(kind, end),
        }
    }

    fn cast(&mut self, end: usize) -> Result<Step, LexError> {
        let inner = &self.src[self.pos + 1..end - 1];
        let word: &[u8] = inner
            .split(|&b| b == b' ' || b == b'\t')
            .find(|w| !w.is_empty())
            .unwrap_or(&[]);
        match keywords::cast(word) {
            Some(TokenKind::DoubleCast)
                if self.parser_mode && word.eq_ignore_ascii_case(b"real") =>
            {
                Err(self.error("The (real) cast has been removed, use (float) instead"))
            }
            Some(kind) => Ok(Emit(kind, end)),
            None => {
                self.enter_nesting(b'(');
                Ok(Emit(TokenKind::LParen, self.pos + 1))
            }
        }
    }

    /// `#` / `//` comments stop before the newline or before `?>`.
    fn line_comment_end(&self, from: usize) -> usize {
        let src = self.src;
        let mut i = from;
        while i < src.len() {
            match src[i] {
                b'\n' | b'\r' => break,
                b'?' if src.get(i + 1) == Some(&b'>') => break,
                _ => i += 1,
            }
        }
        i
    }

    fn block_comment(&mut self) -> Result<Step, LexError> {
        let at = self.pos;
        let doc = self.byte(at + 2) == Some(b'*') && self.byte(at + 3).is_some_and(is_whitespace);
        let body = if doc { at + 4 } else { at + 2 };
        let close = self.src[body..].windows(2).position(|w| w == b"*/");
        let kind = if doc {
            TokenKind::DocComment
        } else {
            TokenKind::Comment
        };
        match close {
            Some(off) => Ok(Emit(kind, body + off + 2)),
            None if self.parser_mode => {
                let line = self.line_at(at);
                Err(self.error(format!("Unterminated comment starting line {line}")))
            }
            None => Ok(Emit(kind, self.src.len())),
        }
    }

    fn single_quoted(&mut self, mut i: usize) -> Step {
        let src = self.src;
        while i < src.len() {
            match src[i] {
                b'\'' => return Emit(TokenKind::ConstantEncapsedString, i + 1),
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        // Unterminated: the rest of the file, which the parser rejects.
        Emit(TokenKind::EncapsedAndWhitespace, src.len())
    }

    /// `"…"`: one constant string if nothing is interpolated, else `"` and the
    /// double-quotes state.
    fn double_quoted(&mut self, body: usize) -> Result<Step, LexError> {
        let src = self.src;
        let mut i = body;
        while i < src.len() {
            match src[i] {
                b'"' => {
                    self.check_escapes(body, i, b'"')?;
                    return Ok(Emit(TokenKind::ConstantEncapsedString, i + 1));
                }
                b'$' if self
                    .byte(i + 1)
                    .is_some_and(|b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if self.byte(i + 1) == Some(b'$') => break,
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        self.state = State::DoubleQuotes;
        Ok(Emit(TokenKind::DoubleQuote, body))
    }

    /// Reports the escapes of `src[from..to]`: octal overflow warnings always
    /// (PHP scans them in both modes), errors in parser mode.
    fn check_escapes(&mut self, from: usize, to: usize, quote: u8) -> Result<(), LexError> {
        let line = self.line_at(from);
        let text = &self.src[from..to];
        let mut warnings = Vec::new();
        let result = decode::check_escapes(text, quote, &mut |p| warnings.push(p));
        if !self.scan_ahead {
            for p in warnings {
                let warning = problem_at(text, line, p);
                self.out.warnings.push(warning);
            }
        }
        match result {
            Err(p) if self.parser_mode => Err(problem_at(text, line, p)),
            Err(p) => {
                self.pending_skew += count_newlines(text, p.offset, text.len());
                Ok(())
            }
            Ok(()) => Ok(()),
        }
    }

    // ----- heredoc / nowdoc -----

    fn heredoc_start(&mut self, after_marker: usize) -> Result<Step, LexError> {
        let at = self.pos;
        let prefixed = self.src[at] != b'<';
        let fallback = if prefixed {
            Emit(TokenKind::String, at + 1)
        } else {
            Emit(TokenKind::Sl, at + 2)
        };
        let mut i = after_marker;
        while matches!(self.byte(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let quote = match self.byte(i) {
            Some(q @ (b'\'' | b'"')) => {
                i += 1;
                Some(q)
            }
            _ => None,
        };
        let label_start = i;
        if !self.byte(i).is_some_and(is_label_start) {
            return Ok(fallback);
        }
        let label_end = self.label_end(i);
        i = label_end;
        if let Some(q) = quote {
            if self.byte(i) != Some(q) {
                return Ok(fallback);
            }
            i += 1;
        }
        let end = match (self.byte(i), self.byte(i + 1)) {
            (Some(b'\r'), Some(b'\n')) => i + 2,
            (Some(b'\n' | b'\r'), _) => i + 1,
            _ => return Ok(fallback),
        };
        let nowdoc = quote == Some(b'\'');
        let label = (label_start, label_end);
        self.heredocs.push(Heredoc {
            label,
            indent: Indentation::NONE,
        });
        self.state = if nowdoc {
            State::Nowdoc
        } else {
            State::Heredoc
        };
        // An empty body: the closing marker on the very next line. PHP's line
        // is already past the start token's newline here.
        if let Some(indent) = self.closing_marker_at(end, end, false)? {
            self.set_indent(indent);
            self.state = State::EndHeredoc;
        } else if !nowdoc && !self.scan_ahead {
            let (indent, first) = self.scan_ahead(end);
            self.set_indent(indent);
            let interpolated = matches!(
                first,
                Some(TokenKind::Variable | TokenKind::DollarOpenCurlyBraces | TokenKind::CurlyOpen)
            );
            if interpolated && indent.width > 0 && self.parser_mode {
                // PHP reports this one from its look-ahead scan, which has no line: 0.
                return Err(LexError {
                    message: body_indentation_message(indent.width),
                    line: 0,
                });
            }
        }
        Ok(Emit(TokenKind::StartHeredoc, end))
    }

    fn set_indent(&mut self, indent: Indentation) {
        if let Some(h) = self.heredocs.last_mut() {
            h.indent = indent;
        }
    }

    /// PHP's heredoc look-ahead: lexes the body from `body` to find the
    /// closing marker's indentation (needed to check every part as it is
    /// read) and the body's first token. A lex error or the end of the file
    /// stops it with no indentation found.
    fn scan_ahead(&self, body: usize) -> (Indentation, Option<TokenKind>) {
        let Some(&heredoc) = self.heredocs.last() else {
            return (Indentation::NONE, None);
        };
        let mut sub = Lexer::new(self.src, Mode::Parser, self.short_tags);
        sub.scan_ahead = true;
        // Lines are counted from here, not from the start of the file.
        (sub.line, sub.line_pos) = (self.line, self.line_pos);
        sub.pos = body;
        sub.state = State::Heredoc;
        sub.heredocs.push(heredoc);
        let mut first = None;
        loop {
            match sub.step() {
                Ok(Emit(kind, end)) => {
                    first.get_or_insert(kind);
                    sub.pos = end;
                    if sub.heredocs.is_empty() {
                        return (sub.marker_indent, first);
                    }
                }
                Ok(Retry) => {}
                Ok(Step::Eof) | Err(_) => return (sub.marker_indent, first),
            }
        }
    }

    /// If the line starting at `line_start` is the current heredoc's closing
    /// marker, its indentation. Mixed tabs and spaces are an error, reported
    /// on the line of `error_at` (PHP's line at that moment). `in_body`: found
    /// while reading a heredoc body, where a look-ahead records it (not when
    /// the body is empty).
    fn closing_marker_at(
        &mut self,
        line_start: usize,
        error_at: usize,
        in_body: bool,
    ) -> Result<Option<Indentation>, LexError> {
        let src = self.src;
        let Some(h) = self.heredocs.last() else {
            return Ok(None);
        };
        let label = &src[h.label.0..h.label.1];
        let mut i = line_start;
        let (mut spaces, mut tabs) = (false, false);
        while let Some(b @ (b' ' | b'\t')) = self.byte(i) {
            spaces |= b == b' ';
            tabs |= b == b'\t';
            i += 1;
        }
        // PHP wants one more byte after the label, whatever it is.
        let is_marker = src.len() - i > label.len()
            && src[i..].starts_with(label)
            && !is_label_char(src[i + label.len()]);
        if !is_marker {
            return Ok(None);
        }
        let indent = Indentation {
            width: i - line_start,
            uses_spaces: spaces && !tabs,
        };
        if in_body && self.scan_ahead && self.state == State::Heredoc {
            self.marker_indent = indent;
        }
        if spaces && tabs && self.parser_mode {
            let line = self.line_at(error_at);
            let message = "Invalid indentation - tabs and spaces cannot be mixed".into();
            return Err(LexError { message, line });
        }
        Ok(Some(indent))
    }

    fn heredoc_body(&mut self) -> Result<Step, LexError> {
        if let Some(step) = self.interpolation() {
            return Ok(step);
        }
        let src = self.src;
        let mut i = self.pos;
        while i < src.len() {
            let b = src[i];
            i += 1;
            match b {
                b'\n' | b'\r' => {
                    if b == b'\r' && self.byte(i) == Some(b'\n') {
                        i += 1;
                    }
                    if let Some(step) = self.body_line(i)? {
                        return Ok(step);
                    }
                }
                b'$' if self.byte(i).is_some_and(|c| is_label_start(c) || c == b'{') => {
                    return self.part(i - 1, Some(false));
                }
                b'{' if self.byte(i) == Some(b'$') => return self.part(i - 1, Some(false)),
                b'\\' if self.byte(i).is_some_and(|c| c != b'\n' && c != b'\r') => i += 1,
                _ => {}
            }
        }
        self.part(src.len(), Some(false))
    }

    fn nowdoc_body(&mut self) -> Result<Step, LexError> {
        let src = self.src;
        let mut i = self.pos;
        while let Some(off) = src[i..].iter().position(|&b| b == b'\n' || b == b'\r') {
            i += off + 1;
            if src[i - 1] == b'\r' && self.byte(i) == Some(b'\n') {
                i += 1;
            }
            if let Some(step) = self.body_line(i)? {
                return Ok(step);
            }
        }
        // Unterminated: PHP checks the text against the last line's indentation.
        let last_line = src[..i].iter().rposition(|&b| b == b'\n' || b == b'\r');
        if let Some(nl) = last_line.filter(|&nl| nl >= self.pos) {
            let indent = Indentation::of_closing_marker(&src[nl + 1..]);
            self.set_indent(indent);
            return self.part(src.len(), Some(false));
        }
        self.part(src.len(), None)
    }

    /// At the start of a body line: ends the part if the line is the closing
    /// marker, or if only indentation remains before the end of the file.
    fn body_line(&mut self, line_start: usize) -> Result<Option<Step>, LexError> {
        let mut i = line_start;
        while matches!(self.byte(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        if i == self.src.len() {
            return Ok(Some(self.part(i, None)?));
        }
        let Some(found) = self.closing_marker_at(line_start, self.pos, true)? else {
            return Ok(None);
        };
        // A heredoc's indentation comes from the look-ahead (in which it is set
        // here, as the closing marker's token needs it), a nowdoc's from here.
        if self.state == State::Nowdoc || self.scan_ahead {
            self.set_indent(found);
        }
        let step = self.part(line_start, Some(true))?;
        self.state = State::EndHeredoc;
        Ok(Some(step))
    }

    /// A body part ending at `end`. In parser mode PHP checks it right away
    /// (indentation, then escapes) unless `newline_at_end` is `None`;
    /// `Some(true)` marks the last part, whose final newline is not text.
    fn part(&mut self, end: usize, newline_at_end: Option<bool>) -> Result<Step, LexError> {
        let step = Emit(TokenKind::EncapsedAndWhitespace, end);
        let Some(newline_at_end) = newline_at_end.filter(|_| self.parser_mode && !self.scan_ahead)
        else {
            return Ok(step);
        };
        let Some(h) = self.heredocs.last() else {
            return Ok(step);
        };
        let start = self.pos;
        let mut text = &self.src[start..end];
        if newline_at_end {
            text = decode::without_final_newline(text);
        }
        let part = HeredocPart {
            text,
            newline_at_start: matches!(
                start.checked_sub(1).map(|i| self.src[i]),
                Some(b'\n' | b'\r')
            ),
            newline_at_end,
            indent: h.indent,
            nowdoc: self.state == State::Nowdoc,
        };
        let line = self.line_at(start);
        let mut warnings = Vec::new();
        let result = part.check(&mut |p| warnings.push(p));
        for p in warnings {
            self.out.warnings.push(problem_at(text, line, p));
        }
        result.map_err(|p| problem_at(text, line, p))?;
        Ok(step)
    }

    fn end_heredoc(&mut self) -> Result<Step, LexError> {
        self.state = State::Scripting;
        let Some(h) = self.heredocs.pop() else {
            return Ok(Retry);
        };
        // The look-ahead's indentation can exceed the marker's after errors
        // (PHP then reads past the end of the file); stay inside the source.
        let end = (self.pos + h.indent.width + (h.label.1 - h.label.0)).min(self.src.len());
        // Such a marker can then take in a newline, which PHP does not count.
        self.pending_skew += count_newlines(self.src, self.pos, end);
        Ok(Emit(TokenKind::EndHeredoc, end))
    }

    // ----- strings: ST_DOUBLE_QUOTES, ST_BACKQUOTE, interpolation -----

    /// `$var` (with `->prop`, `?->prop` or `[` after it), `${` and `{$`.
    fn interpolation(&mut self) -> Option<Step> {
        let at = self.pos;
        match (self.byte(at)?, self.byte(at + 1)) {
            (b'$', Some(b)) if is_label_start(b) => {
                let end = self.label_end(at + 1);
                let label_after = |n: usize| self.byte(end + n).is_some_and(is_label_start);
                let rest = &self.src[end..];
                if (rest.starts_with(b"->") && label_after(2))
                    || (rest.starts_with(b"?->") && label_after(3))
                {
                    self.push_state(State::LookingForProperty);
                } else if rest.first() == Some(&b'[') {
                    self.push_state(State::VarOffset);
                }
                Some(Emit(TokenKind::Variable, end))
            }
            (b'$', Some(b'{')) => {
                self.push_state(State::LookingForVarname);
                self.enter_nesting(b'{');
                Some(Emit(TokenKind::DollarOpenCurlyBraces, at + 2))
            }
            (b'{', Some(b'$')) => {
                self.push_state(State::Scripting);
                self.enter_nesting(b'{');
                Some(Emit(TokenKind::CurlyOpen, at + 1))
            }
            _ => None,
        }
    }

    fn quoted(&mut self, quote: u8, kind: TokenKind) -> Result<Step, LexError> {
        if let Some(step) = self.interpolation() {
            return Ok(step);
        }
        let src = self.src;
        let at = self.pos;
        if src[at] == quote {
            self.state = State::Scripting;
            return Ok(Emit(kind, at + 1));
        }
        // The first byte always belongs to the text (it starts no interpolation).
        let mut i = if src[at] == b'\\' { at + 2 } else { at + 1 };
        while i < src.len() {
            match src[i] {
                b if b == quote => break,
                b'$' if self
                    .byte(i + 1)
                    .is_some_and(|b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if self.byte(i + 1) == Some(b'$') => break,
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        let end = i.min(src.len());
        self.check_escapes(at, end, quote)?;
        Ok(Emit(TokenKind::EncapsedAndWhitespace, end))
    }

    fn looking_for_property(&mut self) -> Result<Step, LexError> {
        let at = self.pos;
        let src = &self.src[at..];
        if src.first().copied().is_some_and(is_whitespace) {
            return Ok(Emit(TokenKind::Whitespace, self.skip_whitespace(at)));
        }
        // Comments may sit between `->` and the property name.
        if src.starts_with(b"/*") {
            return self.block_comment();
        }
        if src.starts_with(b"#") || src.starts_with(b"//") {
            return Ok(Emit(TokenKind::Comment, self.line_comment_end(at + 1)));
        }
        if src.starts_with(b"->") {
            return Ok(Emit(TokenKind::ObjectOperator, at + 2));
        }
        if src.starts_with(b"?->") {
            return Ok(Emit(TokenKind::NullsafeObjectOperator, at + 3));
        }
        self.pop_state();
        if src.first().copied().is_some_and(is_label_start) {
            return Ok(Emit(TokenKind::String, self.label_end(at)));
        }
        Ok(Retry)
    }

    fn looking_for_varname(&mut self) -> Step {
        let at = self.pos;
        self.pop_state();
        self.push_state(State::Scripting);
        if self.byte(at).is_some_and(is_label_start) {
            let end = self.label_end(at);
            if matches!(self.byte(end), Some(b'[' | b'}')) {
                return Emit(TokenKind::StringVarname, end);
            }
        }
        Retry
    }

    fn var_offset(&mut self) -> Step {
        let at = self.pos;
        let b = self.src[at];
        if b.is_ascii_digit() {
            return Emit(TokenKind::NumString, self.offset_number_end(at));
        }
        if b == b'$' && self.byte(at + 1).is_some_and(is_label_start) {
            return Emit(TokenKind::Variable, self.label_end(at + 1));
        }
        if b == b']' {
            self.pop_state();
            return Emit(TokenKind::RBracket, at + 1);
        }
        if let Some(kind) = single_char(b) {
            return Emit(kind, at + 1);
        }
        if matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\\' | b'\'' | b'#') {
            // PHP's empty token, so that the parser reports the bad offset.
            self.pop_state();
            return Emit(TokenKind::EncapsedAndWhitespace, at);
        }
        if is_label_start(b) {
            return Emit(TokenKind::String, self.label_end(at));
        }
        Emit(TokenKind::BadCharacter, at + 1)
    }

    /// The longest integer literal (any base) at `at` inside `"$a[…]"`.
    fn offset_number_end(&self, at: usize) -> usize {
        let prefixed = |digit: fn(u8) -> bool| decode::scan_digits(self.src, at + 2, digit);
        let alt = match self.byte(at + 1) {
            Some(b'x' | b'X') if self.src[at] == b'0' => prefixed(|b| b.is_ascii_hexdigit()),
            Some(b'b' | b'B') if self.src[at] == b'0' => prefixed(|b| b == b'0' || b == b'1'),
            Some(b'o' | b'O') if self.src[at] == b'0' => prefixed(|b| (b'0'..=b'7').contains(&b)),
            _ => at,
        };
        let decimal = decode::scan_digits(self.src, at, |b| b.is_ascii_digit());
        if alt > at + 2 {
            alt.max(decimal)
        } else {
            decimal
        }
    }

    // ----- bracket matching (parser mode) -----

    fn enter_nesting(&mut self, open: u8) {
        if self.parser_mode {
            self.nesting.push((open, self.pos));
        }
    }

    fn exit_nesting(&mut self, close: u8) -> Result<(), LexError> {
        if !self.parser_mode {
            return Ok(());
        }
        let Some(&(open, at)) = self.nesting.last() else {
            return Err(self.error(format!("Unmatched '{}'", close as char)));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let msg = self.unclosed(open, at, Some(close));
            return Err(self.error(msg));
        }
        self.nesting.pop();
        Ok(())
    }

    fn unclosed(&mut self, open: u8, open_at: usize, close: Option<u8>) -> String {
        let mut msg = format!("Unclosed '{}'", open as char);
        let open_line = self.line_at(open_at);
        if self.line_at(self.pos) != open_line {
            msg += &format!(" on line {open_line}");
        }
        if let Some(close) = close {
            msg += &format!(" does not match '{}'", close as char);
        }
        msg
    }
}

/// A problem at an offset of `text`, which starts on `line`.
fn problem_at(text: &[u8], line: u32, p: Problem) -> LexError {
    let offset = p.offset.min(text.len());
    LexError {
        message: p.message,
        line: line + count_newlines(text, 0, offset),
    }
}
