//! The `preg_*` functions over `fancy-regex` (backtracking, lookaround and
//! backreferences, like PCRE): PHP's delimiters and modifiers, its warnings for bad
//! patterns, and its match/replace/split array shapes. Subjects are treated as UTF-8.
//! PCRE features the engine lacks surface as PHP's "Compilation failed" warning.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fancy_regex::{Captures, Regex};

use crate::array::PhpArray;
use crate::callable::Callback;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_array, arg_callback, arg_str, func, get, opt_long, set_ref, str_param};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "preg_match",
        preg_match,
        &["pattern", "subject", "matches", "flags", "offset"],
        2,
    )
    .with_by_ref(&[2]),
    func(
        "preg_match_all",
        preg_match_all,
        &["pattern", "subject", "matches", "flags", "offset"],
        2,
    )
    .with_by_ref(&[2]),
    func(
        "preg_replace",
        preg_replace,
        &["pattern", "replacement", "subject", "limit", "count"],
        3,
    )
    .with_by_ref(&[4]),
    func(
        "preg_filter",
        preg_filter,
        &["pattern", "replacement", "subject", "limit", "count"],
        3,
    )
    .with_by_ref(&[4]),
    func(
        "preg_replace_callback",
        preg_replace_callback,
        &["pattern", "callback", "subject", "limit", "count", "flags"],
        3,
    )
    .with_by_ref(&[4]),
    func(
        "preg_replace_callback_array",
        preg_replace_callback_array,
        &["pattern", "subject", "limit", "count", "flags"],
        2,
    )
    .with_by_ref(&[3]),
    func(
        "preg_split",
        preg_split,
        &["pattern", "subject", "limit", "flags"],
        2,
    ),
    func("preg_quote", preg_quote, &["str", "delimiter"], 1),
    func("preg_grep", preg_grep, &["pattern", "array", "flags"], 2),
    func("preg_last_error", preg_last_error, &[], 0),
    func("preg_last_error_msg", preg_last_error_msg, &[], 0),
];

type R = Result<Value, Unwind>;

const PREG_PATTERN_ORDER: i64 = 1;
const PREG_SET_ORDER: i64 = 2;
const PREG_OFFSET_CAPTURE: i64 = 256;
const PREG_UNMATCHED_AS_NULL: i64 = 512;
const PREG_SPLIT_NO_EMPTY: i64 = 1;
const PREG_SPLIT_DELIM_CAPTURE: i64 = 2;
const PREG_SPLIT_OFFSET_CAPTURE: i64 = 4;
const PREG_GREP_INVERT: i64 = 1;

const PREG_INTERNAL_ERROR: i64 = 1;
const PREG_BACKTRACK_LIMIT_ERROR: i64 = 2;
const PREG_BAD_UTF8_ERROR: i64 = 4;

/// A compiled pattern and whether it has /u (its subjects must be valid UTF-8).
type Compiled = (Rc<Regex>, bool);

thread_local! {
    /// `preg_last_error()`: set by each compile (a failure is an internal error) and
    /// each match that gives up.
    static LAST_ERROR: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
    /// Compiled patterns by source text (PHP keeps such a cache too).
    static CACHE: RefCell<HashMap<Vec<u8>, Compiled>> = RefCell::new(HashMap::new());
    /// Whether the pattern compiled last has /u.
    static UTF8_MODE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Splits `/body/flags` and translates it for the engine, saying whether it has /u;
/// `Err` is PHP's warning text.
fn translate(pattern: &[u8]) -> Result<(String, bool), String> {
    let mut p = 0;
    while p < pattern.len() && pattern[p].is_ascii_whitespace() {
        p += 1;
    }
    let Some(&start) = pattern.get(p) else {
        return Err("Empty regular expression".into());
    };
    if start.is_ascii_alphanumeric() || start == b'\\' || start == 0 {
        return Err("Delimiter must not be alphanumeric, backslash, or NUL".into());
    }
    let end_delim = match start {
        b'(' => b')',
        b'[' => b']',
        b'{' => b'}',
        b'<' => b'>',
        c => c,
    };
    p += 1;
    let body_start = p;
    let mut depth = 1;
    while p < pattern.len() {
        let c = pattern[p];
        if c == b'\\' && p + 1 < pattern.len() {
            p += 2;
            continue;
        }
        if c == end_delim {
            depth -= 1;
            if depth == 0 || start == end_delim {
                break;
            }
        } else if c == start && start != end_delim {
            depth += 1;
        }
        p += 1;
    }
    if p >= pattern.len() {
        return Err(if start == end_delim {
            format!("No ending delimiter '{}' found", char::from(start))
        } else {
            format!(
                "No ending matching delimiter '{}' found",
                char::from(end_delim)
            )
        });
    }
    let body = String::from_utf8_lossy(&pattern[body_start..p]).into_owned();
    let mut flags = String::new();
    let mut dollar_end_only = false;
    let mut anchored = false;
    let mut unicode = false;
    for &m in &pattern[p + 1..] {
        match m {
            b'i' | b'm' | b's' | b'x' => flags.push(char::from(m)),
            b'D' => dollar_end_only = true,
            b'A' => anchored = true,
            b'u' => unicode = true,
            b'U' => flags.push('U'),
            b'S' | b'X' | b'J' | b'n' => {}
            b' ' | b'\n' | b'\r' => {}
            b'e' => {
                return Err(
                    "The /e modifier is no longer supported, use preg_replace_callback instead"
                        .into(),
                )
            }
            c => return Err(format!("Unknown modifier '{}'", char::from(c))),
        }
    }
    let multiline = flags.contains('m');
    let mut out = String::with_capacity(body.len() + 16);
    if !flags.is_empty() {
        out.push_str(&format!("(?{flags})"));
    }
    if anchored {
        out.push_str("\\G(?:");
    }
    // PCRE's `$` also matches before a final newline (unless /D or /m).
    let mut in_class = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'Q') => {
                // \Q…\E: everything between is literal.
                chars.next();
                let mut lit = String::new();
                while let Some(q) = chars.next() {
                    if q == '\\' && chars.peek() == Some(&'E') {
                        chars.next();
                        break;
                    }
                    lit.push(q);
                }
                out.push_str(&fancy_regex::escape(&lit));
            }
            '\\' if chars.peek() == Some(&'c') => {
                // \cX: the control character of X.
                chars.next();
                match chars.next() {
                    Some(x) => out.push_str(&format!(
                        "\\x{{{:02X}}}",
                        (x.to_ascii_uppercase() as u32) ^ 0x40
                    )),
                    None => out.push_str("\\c"),
                }
            }
            '\\' if chars.peek().is_some_and(|d| ('0'..='3').contains(d)) => {
                // \0nn and three-digit \nnn are octal characters; \1…\9 back references.
                let rest: String = chars.clone().take(3).collect();
                let octal = rest.chars().take_while(|d| ('0'..='7').contains(d)).count();
                let first = rest.chars().next().unwrap_or('0');
                let take = if first == '0' {
                    octal.min(3)
                } else if octal == 3 {
                    3
                } else {
                    0
                };
                if take == 0 {
                    out.push('\\');
                } else {
                    let digits: String = (0..take).filter_map(|_| chars.next()).collect();
                    let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                    out.push_str(&format!("\\x{{{code:02X}}}"));
                }
            }
            '\\' => match chars.next() {
                // Without /u, PCRE's classes and word boundaries are ASCII.
                Some(n) => match ascii_class(n, in_class)
                    .filter(|_| !unicode)
                    .or_else(|| pcre_escape(n, in_class))
                {
                    Some(ascii) => out.push_str(ascii),
                    None => {
                        out.push(c);
                        out.push(n);
                    }
                },
                None => out.push(c),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push_str("\\]");
                    chars.next();
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '$' if !in_class && !multiline && !dollar_end_only => out.push_str("(?=\\n?\\z)"),
            // PCRE's (?'name'…) is (?P<name>…).
            '(' if !in_class && chars.clone().take(2).eq("?'".chars()) => {
                chars.next();
                chars.next();
                out.push_str("(?P<");
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    out.push(q);
                }
                out.push('>');
            }
            // `{` not starting a quantifier (`a{,3}`) is literal to PCRE.
            '{' if !in_class && chars.peek() == Some(&',') => out.push_str("\\{"),
            _ => out.push(c),
        }
    }
    if anchored {
        out.push(')');
    }
    Ok((out, unicode))
}

/// PCRE escapes the engine spells otherwise: `\R` (any newline sequence), `\h`/`\H`
/// (horizontal white space) and `\v`/`\V` (vertical white space, not the VT
/// character the engine reads).
fn pcre_escape(escape: char, in_class: bool) -> Option<&'static str> {
    Some(match (escape, in_class) {
        ('R', false) => "(?:\\r\\n|[\\n\\x0B\\x0C\\r\\x{85}\\x{2028}\\x{2029}])",
        ('Z', false) => "(?=\\n?\\z)",
        ('N', false) => "[^\\n]",
        ('X', false) => "(?:\\P{M}\\p{M}*)",
        ('h', true) => {
            "\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}"
        }
        ('v', true) => "\\n\\x0B\\x0C\\r\\x{85}\\x{2028}\\x{2029}",
        ('h', false) => {
            "[\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}]"
        }
        ('H', false) => {
            "[^\\t \\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}]"
        }
        ('v', false) => "[\\n\\x0B\\x0C\\r\\x{85}\\x{2028}\\x{2029}]",
        ('V', false) => "[^\\n\\x0B\\x0C\\r\\x{85}\\x{2028}\\x{2029}]",
        _ => return None,
    })
}

/// What `\w`, `\d`, `\s` (and outside a class their negations, `\b` and `\B`)
/// mean without /u, where PCRE knows only ASCII; None for other escapes.
fn ascii_class(escape: char, in_class: bool) -> Option<&'static str> {
    Some(match (escape, in_class) {
        ('w', true) => "0-9A-Za-z_",
        ('d', true) => "0-9",
        ('s', true) => "\\t\\n\\x0B\\x0C\\r ",
        (_, true) => return None,
        ('w', _) => "[0-9A-Za-z_]",
        ('W', _) => "[^0-9A-Za-z_]",
        ('d', _) => "[0-9]",
        ('D', _) => "[^0-9]",
        ('s', _) => "[\\t\\n\\x0B\\x0C\\r ]",
        ('S', _) => "[^\\t\\n\\x0B\\x0C\\r ]",
        ('b', _) => "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))",
        ('B', _) => "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))",
        _ => return None,
    })
}

/// The compiled pattern, or `None` after PHP's warning.
fn compile(vm: &mut Vm, f: &str, pattern: &[u8]) -> Option<Rc<Regex>> {
    LAST_ERROR.with(|c| c.set(0));
    if let Some((re, utf8)) = CACHE.with(|c| c.borrow().get(pattern).cloned()) {
        UTF8_MODE.with(|c| c.set(utf8));
        return Some(re);
    }
    let (source, utf8) = match translate(pattern) {
        Ok(s) => s,
        Err(msg) => {
            vm.warning(&format!("{f}(): {msg}"));
            LAST_ERROR.with(|c| c.set(PREG_INTERNAL_ERROR));
            return None;
        }
    };
    match Regex::new(&source) {
        Ok(re) => {
            let re = Rc::new(re);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() > 4096 {
                    c.clear();
                }
                c.insert(pattern.to_vec(), (re.clone(), utf8));
            });
            UTF8_MODE.with(|c| c.set(utf8));
            Some(re)
        }
        Err(e) => {
            vm.warning(&format!("{f}(): Compilation failed: {}", pcre_message(&e)));
            LAST_ERROR.with(|c| c.set(PREG_INTERNAL_ERROR));
            None
        }
    }
}

/// PCRE2's text for the engine's parse errors where they correspond (same offsets);
/// the engine's own words otherwise.
fn pcre_message(e: &fancy_regex::Error) -> String {
    use fancy_regex::ParseError as P;
    let fancy_regex::Error::ParseError(at, kind) = e else {
        return e.to_string();
    };
    let what = match kind {
        P::InvalidClass => "missing terminating ] for character class",
        P::UnclosedOpenParen => "missing closing parenthesis",
        P::GeneralParseError(m) if m == "end of string not reached" => {
            "unmatched closing parenthesis"
        }
        P::TargetNotRepeatable | P::InvalidRepeat => "quantifier does not follow a repeatable item",
        _ => return e.to_string(),
    };
    format!("{what} at offset {at}")
}

/// A subject the last compiled /u pattern cannot take (invalid UTF-8): PCRE's
/// PREG_BAD_UTF8_ERROR, which makes the function fail without a warning.
fn bad_utf8(subject: &[u8]) -> bool {
    let bad = UTF8_MODE.with(|c| c.get()) && std::str::from_utf8(subject).is_err();
    if bad {
        LAST_ERROR.with(|c| c.set(PREG_BAD_UTF8_ERROR));
    }
    bad
}

fn subject_text(s: &[u8]) -> String {
    String::from_utf8_lossy(s).into_owned()
}

/// One group's entry: text, or `[text, offset]`, or null when unmatched and asked.
fn group_value(caps: &Captures, i: usize, flags: i64) -> Value {
    let m = caps.get(i);
    let text = match m {
        Some(m) => Value::from(m.as_str()),
        None if flags & PREG_UNMATCHED_AS_NULL != 0 => Value::Null,
        None => Value::from(""),
    };
    if flags & PREG_OFFSET_CAPTURE != 0 {
        let off = m.map_or(-1, |m| m.start() as i64);
        return Value::from(PhpArray::from_list(vec![text, Value::Long(off)]));
    }
    text
}

/// `preg_match`'s array for one match: groups up to the last one that matched
/// (all of them with `PREG_UNMATCHED_AS_NULL`), names before numbers.
fn match_array(re: &Regex, caps: &Captures, flags: i64, trim: bool) -> PhpArray {
    let names: Vec<Option<&str>> = re.capture_names().collect();
    let mut last = caps.len();
    if trim && flags & PREG_UNMATCHED_AS_NULL == 0 {
        while last > 1 && caps.get(last - 1).is_none() {
            last -= 1;
        }
    }
    let mut out = PhpArray::new();
    for i in 0..last {
        let v = group_value(caps, i, flags);
        if let Some(Some(name)) = names.get(i) {
            out.insert(ArrayKey::from_bytes(name.as_bytes()), v.clone());
        }
        out.insert(ArrayKey::Int(i as i64), v);
    }
    out
}

fn match_error(vm: &mut Vm, f: &str, e: impl std::fmt::Display) -> Value {
    vm.warning(&format!("{f}(): Backtrack limit exhausted ({e})"));
    LAST_ERROR.with(|c| c.set(PREG_BACKTRACK_LIMIT_ERROR));
    Value::False
}

fn preg_match(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "preg_match";
    let pattern = arg_str(vm, args, 0, F)?;
    let subject = arg_str(vm, args, 1, F)?;
    let flags = opt_long(vm, args, 3, F, 0)?;
    let offset = opt_long(vm, args, 4, F, 0)?;
    let Some(re) = compile(vm, F, &pattern) else {
        return Ok(Value::False);
    };
    if bad_utf8(&subject) {
        return Ok(Value::False);
    }
    let text = subject_text(&subject);
    let start = if offset < 0 {
        (text.len() as i64 + offset).max(0) as usize
    } else {
        offset as usize
    };
    if start > text.len() {
        set_ref(args, 2, Value::from(PhpArray::new()));
        return Ok(Value::False);
    }
    match re.captures_from_pos(&text, start) {
        Ok(Some(caps)) => {
            set_ref(args, 2, Value::from(match_array(&re, &caps, flags, true)));
            Ok(Value::Long(1))
        }
        Ok(None) => {
            set_ref(args, 2, Value::from(PhpArray::new()));
            Ok(Value::Long(0))
        }
        Err(e) => Ok(match_error(vm, F, e)),
    }
}

/// All matches from `start`, as PHP walks them.
fn all_captures<'t>(re: &Regex, text: &'t str, start: usize) -> Result<Vec<Captures<'t>>, String> {
    let mut out = Vec::new();
    let mut pos = start;
    while pos <= text.len() {
        let Some(caps) = re.captures_from_pos(text, pos).map_err(|e| e.to_string())? else {
            break;
        };
        let Some(m) = caps.get(0) else {
            break;
        };
        pos = if m.end() == m.start() {
            // An empty match: step over one character.
            m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8)
        } else {
            m.end()
        };
        out.push(caps);
    }
    Ok(out)
}

fn preg_match_all(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "preg_match_all";
    let pattern = arg_str(vm, args, 0, F)?;
    let subject = arg_str(vm, args, 1, F)?;
    let flags = opt_long(vm, args, 3, F, 0)?;
    let offset = opt_long(vm, args, 4, F, 0)?;
    let Some(re) = compile(vm, F, &pattern) else {
        return Ok(Value::False);
    };
    if bad_utf8(&subject) {
        return Ok(Value::False);
    }
    let text = subject_text(&subject);
    let start = if offset < 0 {
        (text.len() as i64 + offset).max(0) as usize
    } else {
        (offset as usize).min(text.len())
    };
    let all = match all_captures(&re, &text, start) {
        Ok(a) => a,
        Err(e) => return Ok(match_error(vm, F, e)),
    };
    let set_order = flags & PREG_SET_ORDER != 0 && flags & PREG_PATTERN_ORDER == 0;
    let result = if set_order {
        PhpArray::from_list(
            all.iter()
                .map(|c| Value::from(match_array(&re, c, flags, true)))
                .collect(),
        )
    } else {
        let names: Vec<Option<&str>> = re.capture_names().collect();
        let mut out = PhpArray::new();
        for (i, name) in names.iter().enumerate() {
            let column = Value::from(PhpArray::from_list(
                all.iter().map(|c| group_value(c, i, flags)).collect(),
            ));
            if let Some(name) = name {
                out.insert(ArrayKey::from_bytes(name.as_bytes()), column.clone());
            }
            out.insert(ArrayKey::Int(i as i64), column);
        }
        out
    };
    set_ref(args, 2, Value::from(result));
    Ok(Value::Long(all.len() as i64))
}

/// Expands `$1`, `\1`, `${1}` in a replacement.
fn expand(rep: &[u8], caps: &Captures, out: &mut Vec<u8>) {
    let mut i = 0;
    while i < rep.len() {
        let c = rep[i];
        if (c == b'\\' || c == b'$') && i + 1 < rep.len() {
            let braced = c == b'$' && rep[i + 1] == b'{';
            let digits_at = if braced { i + 2 } else { i + 1 };
            let mut j = digits_at;
            while j < rep.len() && j < digits_at + 2 && rep[j].is_ascii_digit() {
                j += 1;
            }
            let close_ok = !braced || rep.get(j) == Some(&b'}');
            if j > digits_at && close_ok {
                let n: usize = std::str::from_utf8(&rep[digits_at..j])
                    .ok()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(usize::MAX);
                if let Some(m) = caps.get(n) {
                    out.extend_from_slice(m.as_str().as_bytes());
                }
                i = if braced { j + 1 } else { j };
                continue;
            }
            if c == b'\\' && rep[i + 1] == b'\\' {
                out.push(b'\\');
                i += 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
}

/// How replacements are produced.
enum With {
    Text(Vec<u8>),
    /// The callback and the `flags` shaping the match array it is given.
    Callback(Callback, i64),
}

/// Replaces up to `limit` matches of `re` in `subject`.
fn replace_in(
    vm: &mut Vm,
    f: &str,
    re: &Regex,
    subject: &[u8],
    with: &With,
    limit: i64,
    count: &mut i64,
) -> Result<Option<Vec<u8>>, Unwind> {
    if bad_utf8(subject) {
        return Ok(None);
    }
    let text = subject_text(subject);
    let all = match all_captures(re, &text, 0) {
        Ok(a) => a,
        Err(e) => {
            match_error(vm, f, e);
            return Ok(None);
        }
    };
    let mut out = Vec::with_capacity(text.len());
    let mut last = 0;
    for (n, caps) in all.iter().enumerate() {
        if limit >= 0 && n as i64 >= limit {
            break;
        }
        let Some(m) = caps.get(0) else {
            continue;
        };
        out.extend_from_slice(&text.as_bytes()[last..m.start()]);
        match with {
            With::Text(rep) => expand(rep, caps, &mut out),
            With::Callback(cb, flags) => {
                let groups = Value::from(match_array(re, caps, *flags, true));
                let r = vm.call_callback(cb, [groups])?;
                out.extend_from_slice(&r.to_php_string(vm)?);
            }
        }
        last = m.end();
        *count += 1;
    }
    out.extend_from_slice(&text.as_bytes()[last..]);
    Ok(Some(out))
}

/// `preg_replace` / `preg_replace_callback` over string or array patterns and subjects.
/// With `only_matched` (`preg_filter`), subjects nothing matched in are dropped.
fn replace_common(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    callback: Option<Callback>,
    only_matched: bool,
) -> R {
    let patterns: Vec<Vec<u8>> = match get(args, 0) {
        Value::Array(a) => {
            let mut v = Vec::new();
            for p in a.values() {
                v.push(p.deref().to_php_string(vm)?.to_vec());
            }
            v
        }
        _ => vec![str_param(vm, args, 0, f, "array|string")?.to_vec()],
    };
    let rules: Vec<(Vec<u8>, With)> = match (callback, get(args, 1)) {
        (Some(cb), _) => {
            let flags = opt_long(vm, args, 5, f, 0)?;
            let with = |p| (p, With::Callback(cb.clone(), flags));
            patterns.into_iter().map(with).collect()
        }
        (None, Value::Array(a)) => {
            let mut reps = Vec::new();
            for r in a.values() {
                reps.push(r.deref().to_php_string(vm)?.to_vec());
            }
            let mut reps = reps.into_iter();
            let with = |p| (p, With::Text(reps.next().unwrap_or_default()));
            patterns.into_iter().map(with).collect()
        }
        (None, _) => {
            let rep = str_param(vm, args, 1, f, "array|string")?.to_vec();
            let with = |p| (p, With::Text(rep.clone()));
            patterns.into_iter().map(with).collect()
        }
    };
    let limit = opt_long(vm, args, 3, f, -1)?;
    let result = replace_subjects(vm, f, &rules, (args, 2), limit, only_matched)?;
    set_ref(args, 4, Value::Long(result.1));
    Ok(result.0)
}

/// Applies each (pattern, replacement) rule in turn to the subject `args[arg]`, or to
/// each string of a subject array; the result and the number of replacements made.
fn replace_subjects(
    vm: &mut Vm,
    f: &str,
    rules: &[(Vec<u8>, With)],
    (args, arg): (&[Value], usize),
    limit: i64,
    only_matched: bool,
) -> Result<(Value, i64), Unwind> {
    let mut count = 0i64;
    let one = |vm: &mut Vm, subject: &[u8], count: &mut i64| -> Result<Option<Vec<u8>>, Unwind> {
        let mut cur = subject.to_vec();
        for (p, with) in rules {
            let Some(re) = compile(vm, f, p) else {
                return Ok(None);
            };
            match replace_in(vm, f, &re, &cur, with, limit, count)? {
                Some(next) => cur = next,
                None => return Ok(None),
            }
        }
        Ok(Some(cur))
    };
    let result = match get(args, arg) {
        Value::Array(a) => {
            let mut out = PhpArray::new();
            for (k, v) in a.iter() {
                let s = v.deref().to_php_string(vm)?;
                let before = count;
                let r = one(vm, &s, &mut count)?;
                if let Some(r) = r.filter(|_| !only_matched || count > before) {
                    out.insert(k, Value::from(r));
                }
            }
            Value::from(out)
        }
        _ => {
            let s = str_param(vm, args, arg, f, "array|string")?;
            let r = one(vm, &s, &mut count)?;
            r.filter(|_| !only_matched || count > 0)
                .map_or(Value::Null, Value::from)
        }
    };
    Ok((result, count))
}

fn preg_replace(vm: &mut Vm, args: &mut [Value]) -> R {
    replace_common(vm, args, "preg_replace", None, false)
}

fn preg_filter(vm: &mut Vm, args: &mut [Value]) -> R {
    replace_common(vm, args, "preg_filter", None, true)
}

fn preg_replace_callback(vm: &mut Vm, args: &mut [Value]) -> R {
    let cb = arg_callback(vm, args, 1, "preg_replace_callback", false)?;
    replace_common(vm, args, "preg_replace_callback", cb, false)
}

/// `preg_replace_callback_array(['/re/' => callback, …], $subject, $limit, &$count,
/// $flags)`: each pattern's callback in the array's order.
fn preg_replace_callback_array(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "preg_replace_callback_array";
    let map = arg_array(vm, args, 0, F)?;
    let limit = opt_long(vm, args, 2, F, -1)?;
    let flags = opt_long(vm, args, 4, F, 0)?;
    let mut rules = Vec::with_capacity(map.len());
    for (k, v) in map.iter() {
        let pattern = match k {
            ArrayKey::Int(i) => i.to_string().into_bytes(),
            ArrayKey::Str(s) => s.to_vec(),
        };
        let value = v.deref();
        match vm.resolve_callee(&value)? {
            Ok(callee) => rules.push((pattern, With::Callback(Callback { value, callee }, flags))),
            Err(_) => {
                let msg =
                    format!("{F}(): Argument #1 ($pattern) must contain only valid callbacks");
                return Err(vm.throw_error("TypeError", msg));
            }
        }
    }
    let (result, count) = replace_subjects(vm, F, &rules, (args, 1), limit, false)?;
    set_ref(args, 3, Value::Long(count));
    Ok(result)
}

fn preg_split(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "preg_split";
    let pattern = arg_str(vm, args, 0, F)?;
    let subject = arg_str(vm, args, 1, F)?;
    let limit = match get(args, 2) {
        Value::Null => -1,
        _ => opt_long(vm, args, 2, F, -1)?,
    };
    let flags = opt_long(vm, args, 3, F, 0)?;
    let Some(re) = compile(vm, F, &pattern) else {
        return Ok(Value::False);
    };
    if bad_utf8(&subject) {
        return Ok(Value::False);
    }
    let text = subject_text(&subject);
    let all = match all_captures(&re, &text, 0) {
        Ok(a) => a,
        Err(e) => return Ok(match_error(vm, F, e)),
    };
    let no_empty = flags & PREG_SPLIT_NO_EMPTY != 0;
    let piece = |s: &str, off: usize| {
        if flags & PREG_SPLIT_OFFSET_CAPTURE != 0 {
            Value::from(PhpArray::from_list(vec![
                Value::from(s),
                Value::Long(off as i64),
            ]))
        } else {
            Value::from(s)
        }
    };
    let limit = if limit == 0 { -1 } else { limit };
    let mut out: Vec<Value> = Vec::new();
    let mut last = 0;
    for caps in &all {
        if limit > 0 && out.len() as i64 >= limit - 1 {
            break;
        }
        let Some(m) = caps.get(0) else {
            continue;
        };
        let before = &text[last..m.start()];
        if !(no_empty && before.is_empty()) {
            out.push(piece(before, last));
        }
        if flags & PREG_SPLIT_DELIM_CAPTURE != 0 {
            for g in 1..caps.len() {
                if let Some(gm) = caps.get(g) {
                    if !(no_empty && gm.as_str().is_empty()) {
                        out.push(piece(gm.as_str(), gm.start()));
                    }
                }
            }
        }
        last = m.end();
    }
    let rest = &text[last..];
    if !(no_empty && rest.is_empty()) {
        out.push(piece(rest, last));
    }
    Ok(Value::from(PhpArray::from_list(out)))
}

fn preg_quote(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "preg_quote")?;
    let delim = match get(args, 1) {
        Value::Null => None,
        _ => arg_str(vm, args, 1, "preg_quote")?.first().copied(),
    };
    let mut out = Vec::with_capacity(s.len() + 8);
    for &c in s.iter() {
        if c == 0 {
            out.extend_from_slice(b"\\000");
            continue;
        }
        if b".\\+*?[^]$(){}=!<>|:-#".contains(&c) || Some(c) == delim {
            out.push(b'\\');
        }
        out.push(c);
    }
    Ok(Value::from(out))
}

fn preg_grep(vm: &mut Vm, args: &mut [Value]) -> R {
    let pattern = arg_str(vm, args, 0, "preg_grep")?;
    let a = arg_array(vm, args, 1, "preg_grep")?;
    let flags = opt_long(vm, args, 2, "preg_grep", 0)?;
    let Some(re) = compile(vm, "preg_grep", &pattern) else {
        return Ok(Value::False);
    };
    let mut out = PhpArray::new();
    for (k, v) in a.iter() {
        let s = v.deref().to_php_string(vm)?;
        // PHP stops at the first entry PCRE refuses, keeping what it found.
        if bad_utf8(&s) {
            break;
        }
        let hit = re.is_match(&subject_text(&s)).unwrap_or(false);
        if hit != (flags & PREG_GREP_INVERT != 0) {
            out.insert(k, v.deref());
        }
    }
    Ok(Value::from(out))
}

fn preg_last_error(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::Long(LAST_ERROR.with(|c| c.get())))
}

fn preg_last_error_msg(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::from(match LAST_ERROR.with(|c| c.get()) {
        0 => "No error",
        PREG_INTERNAL_ERROR => "Internal error",
        PREG_BAD_UTF8_ERROR => "Malformed UTF-8 characters, possibly incorrectly encoded",
        _ => "Backtrack limit exhausted",
    }))
}
