//! `parse_ini_string()` / `parse_ini_file()`: PHP's INI syntax (`;` comments,
//! `[sections]`, `key = value`, `key[] =` and `key[sub] =` arrays, quoted strings,
//! constants, `${VAR}` from the environment) in the three scanner
//! modes: NORMAL (keywords become "1"/""), RAW (values as written) and TYPED (bools,
//! null, integers and floats). Unquoted values with `| & ^ ~ ! ( )` are bitwise
//! expressions (`E_ALL & ~E_NOTICE`). The same reading gives `-d` settings their values.

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool, opt_long};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "parse_ini_string",
        parse_ini_string,
        &["ini_string", "process_sections", "scanner_mode"],
        1,
    ),
    func(
        "parse_ini_file",
        parse_ini_file,
        &["filename", "process_sections", "scanner_mode"],
        1,
    ),
    func("get_cfg_var", get_cfg_var, &["option"], 1),
];

pub const INI_CONSTANTS: &[(&str, i64)] = &[
    ("INI_SCANNER_NORMAL", 0),
    ("INI_SCANNER_RAW", 1),
    ("INI_SCANNER_TYPED", 2),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Raw,
    Typed,
}

/// One parsed line: a section header or an assignment (`key`, `key[]`, `key[sub]`).
enum Entry {
    Section(Vec<u8>),
    Assign {
        key: Vec<u8>,
        sub: Option<Option<Vec<u8>>>,
        value: Value,
    },
}

/// A syntax error: the text after "syntax error, " and the line.
struct SyntaxError(String, usize);

/// A constant's value as ini text, if `name` is a constant.
type Constants<'a> = &'a dyn Fn(&[u8]) -> Option<Vec<u8>>;

struct Scanner<'a> {
    s: &'a [u8],
    pos: usize,
    line: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.pos += 1;
        if c == b'\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek() {
            if c == b'\n' {
                break;
            }
            self.pos += 1;
        }
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }
}

fn parse(consts: Constants, input: &[u8], mode: Mode) -> Result<Vec<Entry>, SyntaxError> {
    let mut sc = Scanner {
        s: input,
        pos: 0,
        line: 1,
    };
    let mut out = Vec::new();
    while let Some(c) = sc.peek() {
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => {
                sc.bump();
            }
            b';' => sc.skip_line(),
            b'[' => {
                sc.bump();
                let start = sc.pos;
                while !matches!(sc.peek(), Some(b']' | b'\n') | None) {
                    sc.pos += 1;
                }
                if sc.peek() != Some(b']') {
                    return Err(SyntaxError(
                        "unexpected end of file, expecting ']'".into(),
                        sc.line,
                    ));
                }
                let name = expand_vars(strip_quotes(input[start..sc.pos].trim_ascii()));
                sc.bump();
                sc.skip_line();
                out.push(Entry::Section(name));
            }
            _ => {
                let start = sc.pos;
                while !matches!(sc.peek(), Some(b'=' | b'[' | b'\n' | b';') | None) {
                    sc.pos += 1;
                }
                let key = input[start..sc.pos].trim_ascii().to_vec();
                // At the start of a line PHP's scanner reads these words as
                // constants, which cannot be keys (after a blank they are labels).
                if start == 0 || input[start - 1] == b'\n' {
                    if let Some(token) = reserved_word(&key) {
                        return Err(SyntaxError(format!("unexpected {token}"), sc.line));
                    }
                }
                let mut sub = None;
                if sc.peek() == Some(b'[') {
                    sc.bump();
                    let s = sc.pos;
                    while !matches!(sc.peek(), Some(b']' | b'\n') | None) {
                        sc.pos += 1;
                    }
                    let inner = expand_vars(strip_quotes(input[s..sc.pos].trim_ascii()));
                    sub = Some((!inner.is_empty()).then_some(inner));
                    sc.bump();
                    sc.skip_blanks();
                }
                if sc.peek() != Some(b'=') {
                    // A bare word assigns nothing.
                    sc.skip_line();
                    continue;
                }
                sc.bump();
                let value = parse_value(consts, &mut sc, mode)?;
                out.push(Entry::Assign { key, sub, value });
            }
        }
    }
    Ok(out)
}

/// The token PHP's INI scanner makes of a reserved word (its bison name).
fn reserved_word(w: &[u8]) -> Option<&'static str> {
    match w.to_ascii_lowercase().as_slice() {
        b"true" | b"on" | b"yes" => Some("BOOL_TRUE"),
        b"false" | b"off" | b"no" | b"none" => Some("BOOL_FALSE"),
        b"null" => Some("NULL_NULL"),
        _ => None,
    }
}

fn strip_quotes(s: &[u8]) -> &[u8] {
    match s {
        [b'"', inner @ .., b'"'] | [b'\'', inner @ .., b'\''] => inner,
        _ => s,
    }
}

/// The value after `=`, up to the end of the line or a `;` comment outside quotes.
fn parse_value(consts: Constants, sc: &mut Scanner<'_>, mode: Mode) -> Result<Value, SyntaxError> {
    sc.skip_blanks();
    if mode == Mode::Raw {
        let start = sc.pos;
        let mut quote = None;
        while let Some(c) = sc.peek() {
            match (c, quote) {
                (b'\n' | b';', None) => break,
                (b'"' | b'\'', None) => quote = Some(c),
                (q, Some(open)) if q == open => quote = None,
                _ => {}
            }
            sc.bump();
        }
        let text = strip_quotes(sc.s[start..sc.pos].trim_ascii());
        return Ok(Value::from(text.to_vec()));
    }
    let mut out = Vec::new();
    let mut quoted = false;
    // Whether the last part was a quoted string (not `${…}`).
    let mut after_quote = false;
    // The unquoted text since the last quoted part, resolved as a word when alone.
    let mut bare = Vec::new();
    loop {
        match sc.peek() {
            None | Some(b'\n' | b';') => break,
            Some(b'"') => {
                sc.bump();
                quoted = true;
                out.extend_from_slice(&take_bare(consts, &mut bare, after_quote, true));
                after_quote = true;
                loop {
                    match sc.bump() {
                        None => {
                            return Err(SyntaxError(
                                "unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'".into(),
                                sc.line,
                            ))
                        }
                        Some(b'"') => break,
                        // `\\`, `\$` (no `${…}` then) and `\"` are escapes, but a quote
                        // that ends the line (or the input) closes the string after a
                        // literal backslash.
                        Some(b'\\')
                            if matches!(sc.peek(), Some(b'\\' | b'$'))
                                || (sc.peek() == Some(b'"')
                                    && !matches!(
                                        sc.s.get(sc.pos + 1),
                                        None | Some(b'\r' | b'\n')
                                    )) =>
                        {
                            out.extend(sc.bump());
                        }
                        Some(b'$') if sc.peek() == Some(b'{') => {
                            let v = expand(sc);
                            out.extend_from_slice(&v);
                        }
                        Some(c) => out.push(c),
                    }
                }
            }
            Some(b'\'') => {
                sc.bump();
                quoted = true;
                out.extend_from_slice(&take_bare(consts, &mut bare, after_quote, true));
                after_quote = true;
                while let Some(c) = sc.bump() {
                    if c == b'\'' {
                        break;
                    }
                    out.push(c);
                }
            }
            Some(b'$') if sc.s.get(sc.pos + 1) == Some(&b'{') => {
                sc.bump();
                out.extend_from_slice(&take_bare(consts, &mut bare, after_quote, false));
                after_quote = false;
                let v = expand(sc);
                out.extend_from_slice(&v);
                quoted = true;
            }
            Some(b'=') => return Err(SyntaxError("unexpected '='".into(), sc.line)),
            Some(c) => {
                sc.bump();
                bare.push(c);
            }
        }
    }
    // Blanks after the last word before the end of the input (no newline) stay part of
    // its text.
    let tail = match sc.peek() {
        None if !bare.trim_ascii().is_empty() => bare[bare.trim_ascii_end().len()..].to_vec(),
        _ => Vec::new(),
    };
    if !quoted {
        let trimmed = bare.trim_ascii();
        if let Some(n) = trimmed
            .iter()
            .any(|c| OPERATORS.contains(c))
            .then(|| eval_expr(consts, trimmed))
            .flatten()
        {
            return Ok(Value::from(n.to_string()));
        }
        if trimmed.iter().any(|c| matches!(c, b' ' | b'\t')) {
            // Several words: each constant among them is replaced, blanks kept.
            let mut text = Vec::with_capacity(trimmed.len());
            for part in trimmed.chunk_by(|a, b| a.is_ascii_whitespace() == b.is_ascii_whitespace())
            {
                match consts(part).filter(|_| is_constant_name(part)) {
                    Some(v) => text.extend_from_slice(&v),
                    None => text.extend_from_slice(part),
                }
            }
            text.extend_from_slice(&tail);
            return Ok(Value::from(text));
        }
        return Ok(match word(consts, trimmed, mode) {
            Value::String(text) if !tail.is_empty() && keyword(trimmed).is_none() => {
                Value::from([&text[..], &tail].concat())
            }
            v => v,
        });
    }
    out.extend_from_slice(&take_bare(consts, &mut bare, after_quote, true));
    out.extend_from_slice(&tail);
    Ok(Value::from(out))
}

/// A word the ini scanner reads as a constant's name (`[A-Za-z_][A-Za-z0-9_]*`).
fn is_constant_name(w: &[u8]) -> bool {
    w.first()
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        && w.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// Unquoted text between quoted parts, without the blanks next to a quoted string or
/// the value's end (those next to `${…}` stay): a constant's value when it names one.
fn take_bare(
    consts: Constants,
    bare: &mut Vec<u8>,
    after_quote: bool,
    before_quote: bool,
) -> Vec<u8> {
    let text = std::mem::take(bare);
    let text = if after_quote {
        text.trim_ascii_start()
    } else {
        &text[..]
    };
    let text = if before_quote {
        text.trim_ascii_end()
    } else {
        text
    };
    match consts(text) {
        Some(v) if !text.is_empty() => v,
        _ => text.to_vec(),
    }
}

/// A section name or offset with each `${NAME}` replaced as [`expand`] does.
fn expand_vars(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut sc = Scanner {
        s: text,
        pos: 0,
        line: 1,
    };
    while let Some(c) = sc.bump() {
        if c == b'$' && sc.peek() == Some(b'{') {
            out.extend_from_slice(&expand(&mut sc));
        } else {
            out.push(c);
        }
    }
    out
}

/// `${NAME}` after the `$`: an environment variable, else "".
fn expand(sc: &mut Scanner<'_>) -> Vec<u8> {
    sc.bump(); // '{'
    let start = sc.pos;
    while !matches!(sc.peek(), Some(b'}' | b'\n') | None) {
        sc.pos += 1;
    }
    let name = String::from_utf8_lossy(&sc.s[start..sc.pos]).into_owned();
    sc.bump();
    std::env::var(&name).unwrap_or_default().into_bytes()
}

/// A whole unquoted value: keywords, constants, and in TYPED mode numbers.
/// The value of an ini keyword (`true`, `off`, `null`…), any case.
fn keyword(w: &[u8]) -> Option<Value> {
    match w.to_ascii_lowercase().as_slice() {
        b"true" | b"on" | b"yes" => Some(Value::True),
        b"false" | b"off" | b"no" | b"none" => Some(Value::False),
        b"null" => Some(Value::Null),
        _ => None,
    }
}

fn word(consts: Constants, w: &[u8], mode: Mode) -> Value {
    if let Some(k) = keyword(w) {
        return match (mode, k) {
            (Mode::Typed, k) => k,
            (_, Value::True) => Value::from("1"),
            _ => Value::from(""),
        };
    }
    if let Some(v) = consts(w) {
        return Value::from(v);
    }
    if mode == Mode::Typed {
        let text = String::from_utf8_lossy(w);
        let digits = text.strip_prefix('-').unwrap_or(&text);
        if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
            if let Ok(n) = text.parse::<i64>() {
                return Value::Long(n);
            }
        }
        if digits.contains('.') && digits.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
            if let Ok(d) = text.parse::<f64>() {
                return Value::Double(d);
            }
        }
    }
    Value::from(w.to_vec())
}

/// The characters that make an unquoted value an expression.
const OPERATORS: &[u8] = b"|&^~!()";

/// An unquoted value with operators, as zend_ini_parser's `expr` evaluates it: `| & ^`
/// left to right with equal precedence, unary `~ !` binding tighter, operands read with
/// C's `atoi` and the arithmetic done on C ints. None when it does not parse.
fn eval_expr(consts: Constants, text: &[u8]) -> Option<i32> {
    let mut p = ExprParser {
        consts,
        s: text,
        pos: 0,
    };
    let v = p.binary()?;
    p.skip_blanks();
    (p.pos == text.len()).then_some(v)
}

struct ExprParser<'a> {
    consts: Constants<'a>,
    s: &'a [u8],
    pos: usize,
}

impl ExprParser<'_> {
    fn skip_blanks(&mut self) {
        while matches!(self.s.get(self.pos), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    fn binary(&mut self) -> Option<i32> {
        let mut v = self.unary()?;
        loop {
            self.skip_blanks();
            let op = match self.s.get(self.pos) {
                Some(&c @ (b'|' | b'&' | b'^')) => c,
                _ => return Some(v),
            };
            self.pos += 1;
            let r = self.unary()?;
            v = match op {
                b'|' => v | r,
                b'&' => v & r,
                _ => v ^ r,
            };
        }
    }

    fn unary(&mut self) -> Option<i32> {
        self.skip_blanks();
        match self.s.get(self.pos)? {
            b'~' => {
                self.pos += 1;
                Some(!self.unary()?)
            }
            b'!' => {
                self.pos += 1;
                Some((self.unary()? == 0) as i32)
            }
            b'(' => {
                self.pos += 1;
                let v = self.binary()?;
                self.skip_blanks();
                (self.s.get(self.pos) == Some(&b')')).then_some(())?;
                self.pos += 1;
                Some(v)
            }
            _ => {
                // An operand: words (constants resolved) and the blanks between them.
                let start = self.pos;
                while self.s.get(self.pos).is_some_and(|c| !OPERATORS.contains(c)) {
                    self.pos += 1;
                }
                let mut text = Vec::new();
                for (i, w) in self.s[start..self.pos]
                    .split(|c| *c == b' ' || *c == b'\t')
                    .enumerate()
                {
                    if i > 0 {
                        text.push(b' ');
                    }
                    text.extend((self.consts)(w).unwrap_or_else(|| w.to_vec()));
                }
                Some(atoi(&text))
            }
        }
    }
}

/// C's `atoi`: leading blanks, a sign, digits; anything else ends it.
fn atoi(s: &[u8]) -> i32 {
    let s = s.trim_ascii_start();
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut n: i64 = 0;
    for d in digits.iter().take_while(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add((d - b'0') as i64);
    }
    (if neg { -n } else { n }) as i32
}

/// The value php's CLI gives a `-d name=value` setting: a value starting with anything
/// but a letter, digit or quote is taken literally (php_cli.c quotes it); the rest is
/// read as an ini value in NORMAL mode (keywords, quotes, constants, expressions).
pub fn cli_define_value(raw: &str) -> String {
    let literal = raw
        .bytes()
        .next()
        .is_some_and(|c| !c.is_ascii_alphanumeric() && c != b'"' && c != b'\'');
    if literal {
        return raw.to_string();
    }
    let table = crate::constants::predefined();
    let consts = |name: &[u8]| table.get(name).map(|v| v.to_string_lossy(14));
    let mut sc = Scanner {
        s: raw.as_bytes(),
        pos: 0,
        line: 1,
    };
    match parse_value(&consts, &mut sc, Mode::Normal) {
        Ok(v) => String::from_utf8_lossy(&v.to_string_lossy(14)).into_owned(),
        Err(_) => raw.to_string(),
    }
}

/// Stores `value` under `key` (`key[]` appends, `key[sub]` sets) in `into`.
fn assign(into: &mut PhpArray, key: &[u8], sub: &Option<Option<Vec<u8>>>, value: Value) {
    let k = ArrayKey::from_bytes(key);
    match sub {
        None => into.insert(k, value),
        Some(sub) => {
            let mut arr = match into.get(&k) {
                Some(Value::Array(a)) => (**a).clone(),
                _ => PhpArray::new(),
            };
            match sub {
                Some(s) => arr.insert(ArrayKey::from_bytes(s), value),
                None => {
                    let _ = arr.push(value);
                }
            }
            into.insert(k, Value::from(arr));
        }
    }
}

/// `source` names the text in a syntax error: the file, or "Unknown" for a string.
fn ini_common(vm: &mut Vm, args: &[Value], f: &str, text: &[u8], source: &str) -> R {
    let sections = opt_bool(vm, args, 1, f, false)?;
    let mode = match opt_long(vm, args, 2, f, 0)? {
        0 => Mode::Normal,
        1 => Mode::Raw,
        2 => Mode::Typed,
        _ => {
            return Err(super::args::value_error(
                vm,
                f,
                2,
                "must be one of INI_SCANNER_NORMAL, INI_SCANNER_RAW, or INI_SCANNER_TYPED",
            ))
        }
    };
    let precision = vm.precision();
    let consts = |name: &[u8]| vm.constant(name).map(|v| v.to_string_lossy(precision));
    let entries = match parse(&consts, text, mode) {
        Ok(e) => e,
        Err(SyntaxError(msg, line)) => {
            vm.warning(&format!("syntax error, {msg} in {source} on line {line}\n"));
            return Ok(Value::False);
        }
    };
    let mut out = PhpArray::new();
    let mut section: Option<(Vec<u8>, PhpArray)> = None;
    for e in entries {
        match e {
            Entry::Section(name) if sections => {
                if let Some((n, a)) = section.take() {
                    out.insert(ArrayKey::from_bytes(&n), Value::from(a));
                }
                section = Some((name, PhpArray::new()));
            }
            Entry::Section(_) => {}
            Entry::Assign { key, sub, value } => match &mut section {
                Some((_, a)) => assign(a, &key, &sub, value),
                None => assign(&mut out, &key, &sub, value),
            },
        }
    }
    if let Some((n, a)) = section {
        out.insert(ArrayKey::from_bytes(&n), Value::from(a));
    }
    Ok(Value::from(out))
}

fn parse_ini_string(vm: &mut Vm, args: &mut [Value]) -> R {
    let text = arg_str(vm, args, 0, "parse_ini_string")?;
    ini_common(vm, args, "parse_ini_string", &text, "Unknown")
}

fn parse_ini_file(vm: &mut Vm, args: &mut [Value]) -> R {
    let path = arg_str(vm, args, 0, "parse_ini_file")?;
    if path.is_empty() {
        return Err(super::args::value_error(
            vm,
            "parse_ini_file",
            0,
            "cannot be empty",
        ));
    }
    use std::os::unix::ffi::OsStrExt;
    // A relative name is found as include does (include_path, then the script's
    // directory): PHP opens the file with zend_stream_open.
    let include_path = vm.ini_get("include_path").unwrap_or(".").to_string();
    let current = vm.current_file();
    let shown = String::from_utf8_lossy(&path).into_owned();
    let found = crate::include::resolve(&shown, &include_path, &current);
    let open = found
        .as_deref()
        .unwrap_or(std::path::Path::new(std::ffi::OsStr::from_bytes(&path)));
    match std::fs::read(open) {
        Ok(text) => {
            let source = String::from_utf8_lossy(&path).into_owned();
            ini_common(vm, args, "parse_ini_file", &text, &source)
        }
        Err(e) => {
            vm.warning(&format!(
                "parse_ini_file({}): Failed to open stream: {}",
                String::from_utf8_lossy(&path),
                super::file::strerror(&e)
            ));
            Ok(Value::False)
        }
    }
}

/// `get_cfg_var()`: a setting as the configuration (php.ini, `-d`) gave it, whatever
/// `ini_set` did since; `name[key]` entries gather into an array; false when unset.
fn get_cfg_var(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "get_cfg_var")?;
    let name = String::from_utf8_lossy(&name);
    let mut found = Value::False;
    for (k, v) in vm.cfg_entries() {
        if k == name {
            found = Value::from(v);
        } else if let Some(sub) = k
            .strip_prefix(name.as_ref())
            .and_then(|r| r.trim_start().strip_prefix('['))
            .and_then(|r| r.strip_suffix(']'))
        {
            let mut arr = match found {
                Value::Array(a) => a,
                _ => std::rc::Rc::new(PhpArray::new()),
            };
            std::rc::Rc::make_mut(&mut arr)
                .insert(ArrayKey::from_bytes(sub.trim().as_bytes()), Value::from(v));
            found = Value::Array(arr);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_defines_read_as_php_cli_does() {
        // Expected values printed by `php -n -d ... -r 'echo ini_get(...);'`.
        assert_eq!(cli_define_value("E_ALL & ~E_NOTICE"), "32759");
        assert_eq!(cli_define_value("E_ALL&~E_DEPRECATED"), "24575");
        assert_eq!(cli_define_value("E_ALL | FOO"), "32767");
        assert_eq!(cli_define_value("E_ALL"), "32767");
        assert_eq!(cli_define_value("\"E_ALL\""), "E_ALL");
        assert_eq!(
            cli_define_value("(E_ALL|E_STRICT)^E_NOTICE"),
            "(E_ALL|E_STRICT)^E_NOTICE"
        );
        assert_eq!(cli_define_value("!E_ALL"), "!E_ALL");
        assert_eq!(cli_define_value("-1"), "-1");
        assert_eq!(cli_define_value("On"), "1");
        assert_eq!(cli_define_value("FOO"), "FOO");
        assert_eq!(cli_define_value("128M"), "128M");
    }

    #[test]
    fn expressions_group_and_negate() {
        let none = |_: &[u8]| None;
        assert_eq!(eval_expr(&none, b"~1 | 2"), Some(-2));
        assert_eq!(eval_expr(&none, b"(1 | 6) & 3"), Some(3));
        assert_eq!(eval_expr(&none, b"1 | 6 & 3"), Some(3));
        assert_eq!(eval_expr(&none, b"!0 ^ 3"), Some(2));
        assert_eq!(eval_expr(&none, b"(1"), None);
    }
}
