//! String functions (ext/standard/string.c): byte strings, ASCII case rules as in
//! PHP 8.2 (locale-independent).

use std::rc::Rc;

use crate::array::PhpArray;
use crate::value::{ArrayKey, PhpStr, Value};
use crate::vm::{Unwind, Vm};

use super::args::{
    alloc_guard, arg_long, arg_str, func, get, has, opt_bool, opt_long, opt_nullable_long, opt_str,
    set_ref, str_param, value_error,
};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("strlen", strlen, &["string"], 1),
    func("str_repeat", str_repeat, &["string", "times"], 2),
    func("substr", substr, &["string", "offset", "length"], 2),
    func("strpos", strpos, &["haystack", "needle", "offset"], 2),
    func("stripos", stripos, &["haystack", "needle", "offset"], 2),
    func("strrpos", strrpos, &["haystack", "needle", "offset"], 2),
    func("strripos", strripos, &["haystack", "needle", "offset"], 2),
    func(
        "str_replace",
        str_replace,
        &["search", "replace", "subject", "count"],
        3,
    )
    .with_by_ref(&[3]),
    func(
        "str_ireplace",
        str_ireplace,
        &["search", "replace", "subject", "count"],
        3,
    )
    .with_by_ref(&[3]),
    func(
        "str_pad",
        str_pad,
        &["string", "length", "pad_string", "pad_type"],
        2,
    ),
    func("trim", trim, &["string", "characters"], 1),
    func("ltrim", ltrim, &["string", "characters"], 1),
    func("rtrim", rtrim, &["string", "characters"], 1),
    func("chop", rtrim, &["string", "characters"], 1),
    func("strtolower", strtolower, &["string"], 1),
    func("strtoupper", strtoupper, &["string"], 1),
    func("ucfirst", ucfirst, &["string"], 1),
    func("lcfirst", lcfirst, &["string"], 1),
    func("ucwords", ucwords, &["string", "separators"], 1),
    func("implode", implode, &["separator", "array"], 1),
    func("join", implode, &["separator", "array"], 1),
    func("explode", explode, &["separator", "string", "limit"], 2),
    func("str_contains", str_contains, &["haystack", "needle"], 2),
    func(
        "str_starts_with",
        str_starts_with,
        &["haystack", "needle"],
        2,
    ),
    func("str_ends_with", str_ends_with, &["haystack", "needle"], 2),
    func("chr", chr, &["codepoint"], 1),
    func("ord", ord, &["character"], 1),
    func("str_split", str_split, &["string", "length"], 1),
    func("strrev", strrev, &["string"], 1),
    func("strcmp", strcmp, &["string1", "string2"], 2),
    func("strcasecmp", strcasecmp, &["string1", "string2"], 2),
    func("strncmp", strncmp, &["string1", "string2", "length"], 3),
    func(
        "strncasecmp",
        strncasecmp,
        &["string1", "string2", "length"],
        3,
    ),
    func("strnatcmp", strnatcmp, &["string1", "string2"], 2),
    func("strnatcasecmp", strnatcasecmp, &["string1", "string2"], 2),
    func(
        "substr_count",
        substr_count,
        &["haystack", "needle", "offset", "length"],
        2,
    ),
    func("nl2br", nl2br, &["string", "use_xhtml"], 1),
    func("addslashes", addslashes, &["string"], 1),
    func("stripslashes", stripslashes, &["string"], 1),
    func(
        "wordwrap",
        wordwrap,
        &["string", "width", "break", "cut_long_words"],
        1,
    ),
    func(
        "strstr",
        strstr,
        &["haystack", "needle", "before_needle"],
        2,
    ),
    func(
        "strchr",
        strstr,
        &["haystack", "needle", "before_needle"],
        2,
    ),
    func(
        "stristr",
        stristr,
        &["haystack", "needle", "before_needle"],
        2,
    ),
    func("strrchr", strrchr, &["haystack", "needle"], 2),
    func(
        "str_word_count",
        str_word_count,
        &["string", "format", "characters"],
        1,
    ),
    func("bin2hex", bin2hex, &["string"], 1),
    func("hex2bin", hex2bin, &["string"], 1),
    func(
        "similar_text",
        similar_text,
        &["string1", "string2", "percent"],
        2,
    )
    .with_by_ref(&[2]),
    func(
        "levenshtein",
        levenshtein,
        &[
            "string1",
            "string2",
            "insertion_cost",
            "replacement_cost",
            "deletion_cost",
        ],
        2,
    ),
    func("strtr", strtr, &["string", "from", "to"], 2),
    func(
        "substr_replace",
        substr_replace,
        &["string", "replace", "offset", "length"],
        3,
    ),
    func("strpbrk", strpbrk, &["string", "characters"], 2),
    func(
        "substr_compare",
        substr_compare,
        &["haystack", "needle", "offset", "length", "case_insensitive"],
        3,
    ),
    func(
        "strspn",
        strspn,
        &["string", "characters", "offset", "length"],
        2,
    ),
    func(
        "strcspn",
        strcspn,
        &["string", "characters", "offset", "length"],
        2,
    ),
    func("count_chars", count_chars, &["string", "mode"], 1),
    func(
        "chunk_split",
        chunk_split,
        &["string", "length", "separator"],
        1,
    ),
    func("quotemeta", quotemeta, &["string"], 1),
    func("strip_tags", strip_tags, &["string", "allowed_tags"], 1),
    func("str_shuffle", str_shuffle, &["string"], 1),
    func(
        "str_getcsv",
        str_getcsv,
        &["string", "separator", "enclosure", "escape"],
        1,
    ),
];

type R = Result<Value, Unwind>;

fn bytes(v: Vec<u8>) -> Value {
    Value::from(v)
}

fn strlen(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::Long(arg_str(vm, args, 0, "strlen")?.len() as i64))
}

fn str_repeat(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "str_repeat")?;
    let times = arg_long(vm, args, 1, "str_repeat")?;
    if times < 0 {
        return Err(value_error(
            vm,
            "str_repeat",
            1,
            "must be greater than or equal to 0",
        ));
    }
    alloc_guard(vm, s.len() as u128 * times as u128)?;
    Ok(bytes(s.repeat(times as usize)))
}

/// PHP's `substr` window: `Some((start, len))`, clamped to the string.
fn substr_range(len: usize, offset: i64, length: Option<i64>) -> (usize, usize) {
    let len_i = len as i64;
    let start = if offset < 0 {
        (len_i + offset).max(0)
    } else {
        offset.min(len_i)
    };
    let end = match length {
        None => len_i,
        Some(l) if l < 0 => (len_i + l).max(start),
        Some(l) => start.saturating_add(l).min(len_i),
    };
    (start as usize, (end - start).max(0) as usize)
}

fn substr(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "substr")?;
    let offset = arg_long(vm, args, 1, "substr")?;
    let length = opt_nullable_long(vm, args, 2, "substr")?;
    let (start, n) = substr_range(s.len(), offset, length);
    if n == s.len() {
        // The whole string: shared, not copied.
        return Ok(Value::String(s));
    }
    Ok(Value::from(&s[start..start + n]))
}

/// Haystacks shorter than this are scanned directly: building memmem's searcher
/// costs more than the scan.
const SHORT_HAYSTACK: usize = 64;

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    match n.first() {
        Some(&first) if h.len() < SHORT_HAYSTACK => {
            // Compared byte by byte: a memcmp call per candidate costs more than these
            // few bytes.
            let rest = &n[1..];
            h.windows(n.len())
                .position(|w| w[0] == first && w[1..].iter().zip(rest).all(|(a, b)| a == b))
        }
        _ => memchr::memmem::find(h, n),
    }
}

fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(h, n)
}

fn lower(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

fn found(pos: Option<usize>) -> Value {
    pos.map_or(Value::False, |p| Value::Long(p as i64))
}

fn offset_error(vm: &mut Vm, f: &str, i: usize) -> Unwind {
    value_error(vm, f, i, "must be contained in argument #1 ($haystack)")
}

fn strpos_common(vm: &mut Vm, args: &[Value], f: &str, fold: bool) -> R {
    let h = arg_str(vm, args, 0, f)?;
    let n = arg_str(vm, args, 1, f)?;
    let mut offset = opt_long(vm, args, 2, f, 0)?;
    if offset < 0 {
        offset += h.len() as i64;
    }
    if offset < 0 || offset > h.len() as i64 {
        return Err(offset_error(vm, f, 2));
    }
    let hay = &h[offset as usize..];
    let pos = if fold {
        find(&lower(hay), &lower(&n))
    } else {
        find(hay, &n)
    };
    Ok(found(pos.map(|p| p + offset as usize)))
}

fn strpos(vm: &mut Vm, args: &mut [Value]) -> R {
    strpos_common(vm, args, "strpos", false)
}

fn stripos(vm: &mut Vm, args: &mut [Value]) -> R {
    strpos_common(vm, args, "stripos", true)
}

fn strrpos_common(vm: &mut Vm, args: &[Value], f: &str, fold: bool) -> R {
    let h = arg_str(vm, args, 0, f)?;
    let n = arg_str(vm, args, 1, f)?;
    let offset = opt_long(vm, args, 2, f, 0)?;
    let (h, n) = if fold {
        (lower(&h), lower(&n))
    } else {
        (h.to_vec(), n.to_vec())
    };
    let len = h.len() as i64;
    // The window of possible match starts: [lo, hi_end) for the whole match.
    let (lo, end) = if offset >= 0 {
        if offset > len {
            return Err(offset_error(vm, f, 2));
        }
        (offset as usize, h.len())
    } else {
        if offset < -len {
            return Err(offset_error(vm, f, 2));
        }
        let end = if ((-offset) as usize) < n.len() {
            h.len()
        } else {
            (len + offset) as usize + n.len()
        };
        (0, end)
    };
    Ok(found(rfind(&h[lo..end], &n).map(|p| p + lo)))
}

fn strrpos(vm: &mut Vm, args: &mut [Value]) -> R {
    strrpos_common(vm, args, "strrpos", false)
}

fn strripos(vm: &mut Vm, args: &mut [Value]) -> R {
    strrpos_common(vm, args, "strripos", true)
}

/// Replaces every occurrence of `search` in `subject`, counting them; None when
/// there is none (the subject stays as it is, uncopied).
fn replace_one(
    subject: &[u8],
    search: &[u8],
    replace: &[u8],
    fold: bool,
    count: &mut i64,
) -> Option<Vec<u8>> {
    if search.is_empty() || subject.len() < search.len() {
        return None;
    }
    let folded;
    let (hay, needle) = if fold {
        folded = (lower(subject), lower(search));
        (&folded.0[..], &folded.1[..])
    } else {
        (subject, search)
    };
    // Matches do not overlap: the finder resumes after each one.
    let finder = memchr::memmem::Finder::new(needle);
    let mut p = finder.find(hay)?;
    let mut out = Vec::with_capacity(subject.len());
    let mut last = 0;
    loop {
        out.extend_from_slice(&subject[last..last + p]);
        out.extend_from_slice(replace);
        last += p + needle.len();
        *count += 1;
        match finder.find(&hay[last..]) {
            Some(q) => p = q,
            None => break,
        }
    }
    out.extend_from_slice(&subject[last..]);
    Some(out)
}

/// `str_replace`'s search/replace pairs.
enum Replace {
    One((PhpStr, PhpStr)),
    Many(Vec<(PhpStr, PhpStr)>),
}

impl Replace {
    fn pairs(&self) -> &[(PhpStr, PhpStr)] {
        match self {
            Replace::One(pair) => std::slice::from_ref(pair),
            Replace::Many(pairs) => pairs,
        }
    }
}

/// A subject with every pair replaced in turn; the subject itself when nothing matched.
fn replace_subject(
    vm: &mut Vm,
    subject: &Value,
    rep: &Replace,
    fold: bool,
    count: &mut i64,
) -> Result<Value, Unwind> {
    let s = subject.to_php_string(vm)?;
    let mut cur: Option<Vec<u8>> = None;
    for (search, replace) in rep.pairs() {
        let from = cur.as_deref().unwrap_or(&s);
        if let Some(out) = replace_one(from, search, replace, fold, count) {
            cur = Some(out);
        }
    }
    Ok(cur.map_or(Value::String(s), Value::from))
}

fn str_replace_common(vm: &mut Vm, args: &[Value], f: &str, fold: bool) -> R {
    let search = get(args, 0);
    let replace = get(args, 1);
    let subject = get(args, 2);
    let rep = match (&search, &replace) {
        (Value::Array(s), r) => {
            let replacements: Option<Vec<Value>> = match r {
                Value::Array(ra) => Some(ra.values().map(Value::deref).collect()),
                _ => None,
            };
            let rstr = match r {
                Value::Array(_) => None,
                _ => Some(str_param(vm, args, 1, f, "array|string")?),
            };
            let mut pairs = Vec::new();
            for (i, sv) in s.values().enumerate() {
                let sv = sv.deref().to_php_string(vm)?;
                let rv = match (&replacements, &rstr) {
                    (Some(list), _) => match list.get(i) {
                        Some(v) => v.to_php_string(vm)?,
                        None => Rc::new(Vec::new()),
                    },
                    (None, Some(r)) => r.clone(),
                    (None, None) => Rc::new(Vec::new()),
                };
                pairs.push((sv, rv));
            }
            Replace::Many(pairs)
        }
        (_, Value::Array(_)) => {
            str_param(vm, args, 0, f, "array|string")?;
            return Err(vm.throw_error(
                "TypeError",
                format!("{f}(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string"),
            ));
        }
        _ => Replace::One((
            str_param(vm, args, 0, f, "array|string")?,
            str_param(vm, args, 1, f, "array|string")?,
        )),
    };
    let mut count = 0i64;
    let result = match &subject {
        Value::Array(a) => {
            let mut out = PhpArray::with_capacity(a.len());
            for (k, v) in a.iter() {
                // Every element is taken as a string, arrays too ("Array", with PHP
                // 8's warning).
                let nv = replace_subject(vm, &v.deref(), &rep, fold, &mut count)?;
                out.insert(k, nv);
            }
            Value::from(out)
        }
        _ => {
            let s = str_param(vm, args, 2, f, "array|string")?;
            replace_subject(vm, &Value::String(s), &rep, fold, &mut count)?
        }
    };
    set_ref(args, 3, Value::Long(count));
    Ok(result)
}

fn str_replace(vm: &mut Vm, args: &mut [Value]) -> R {
    str_replace_common(vm, args, "str_replace", false)
}

fn str_ireplace(vm: &mut Vm, args: &mut [Value]) -> R {
    str_replace_common(vm, args, "str_ireplace", true)
}

fn str_pad(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "str_pad";
    let s = arg_str(vm, args, 0, F)?;
    let length = arg_long(vm, args, 1, F)?;
    let pad = opt_str(vm, args, 2, F, b" ")?;
    let pad_type = opt_long(vm, args, 3, F, 1)?;
    if length < 0 || length as usize <= s.len() {
        return Ok(Value::String(s));
    }
    if pad.is_empty() {
        return Err(value_error(vm, F, 2, "must be a non-empty string"));
    }
    if !(0..=2).contains(&pad_type) {
        return Err(value_error(
            vm,
            F,
            3,
            "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH",
        ));
    }
    alloc_guard(vm, length as u128)?;
    let total = length as usize - s.len();
    let (left, right) = match pad_type {
        0 => (total, 0),
        1 => (0, total),
        _ => (total / 2, total - total / 2),
    };
    let fill = |n: usize| pad.iter().copied().cycle().take(n);
    let mut out = Vec::with_capacity(length as usize);
    out.extend(fill(left));
    out.extend_from_slice(&s);
    out.extend(fill(right));
    Ok(bytes(out))
}

/// The byte set of a `trim`-style character list, `a..z` ranges included.
pub fn char_mask(vm: &mut Vm, f: &str, list: &[u8]) -> [bool; 256] {
    let mut mask = [false; 256];
    let mut i = 0;
    while i < list.len() {
        let c = list[i];
        if i + 3 < list.len() && list[i + 1] == b'.' && list[i + 2] == b'.' && list[i + 3] >= c {
            for b in c..=list[i + 3] {
                mask[b as usize] = true;
            }
            i += 4;
            continue;
        }
        if i + 1 < list.len() && c == b'.' && list[i + 1] == b'.' {
            let why = if i == 0 {
                "no character to the left of '..'"
            } else if i + 2 >= list.len() {
                "no character to the right of '..'"
            } else if list[i - 1] > list[i + 2] {
                "'..'-range needs to be incrementing"
            } else {
                ""
            };
            let msg = if why.is_empty() {
                format!("{f}(): Invalid '..'-range")
            } else {
                format!("{f}(): Invalid '..'-range, {why}")
            };
            vm.warning(&msg);
            i += 1;
            continue;
        }
        mask[c as usize] = true;
        i += 1;
    }
    mask
}

/// Which ends `trim` works on.
#[derive(Clone, Copy)]
enum Ends {
    Left,
    Right,
    Both,
}

fn trim_common(vm: &mut Vm, args: &[Value], f: &str, ends: Ends) -> R {
    let s = arg_str(vm, args, 0, f)?;
    let mask = if has(args, 1) {
        let list = arg_str(vm, args, 1, f)?;
        char_mask(vm, f, &list)
    } else {
        let mut m = [false; 256];
        for c in b" \t\n\r\0\x0B" {
            m[*c as usize] = true;
        }
        m
    };
    let mut start = 0;
    let mut end = s.len();
    if matches!(ends, Ends::Left | Ends::Both) {
        while start < end && mask[s[start] as usize] {
            start += 1;
        }
    }
    if matches!(ends, Ends::Right | Ends::Both) {
        while end > start && mask[s[end - 1] as usize] {
            end -= 1;
        }
    }
    if start == 0 && end == s.len() {
        return Ok(Value::String(s));
    }
    Ok(Value::from(&s[start..end]))
}

fn trim(vm: &mut Vm, args: &mut [Value]) -> R {
    trim_common(vm, args, "trim", Ends::Both)
}

fn ltrim(vm: &mut Vm, args: &mut [Value]) -> R {
    trim_common(vm, args, "ltrim", Ends::Left)
}

fn rtrim(vm: &mut Vm, args: &mut [Value]) -> R {
    trim_common(vm, args, "rtrim", Ends::Right)
}

/// A string with `change` applied to every byte; the same string when no byte is in
/// `first..first + 26` (as zend_string_tolower returns its argument).
fn map_case(s: PhpStr, first: u8, change: fn(&[u8]) -> Vec<u8>) -> Value {
    // A fold without an early exit: the compiler vectorises it.
    let any = s
        .iter()
        .fold(false, |acc, &c| acc | (c.wrapping_sub(first) < 26));
    if any {
        bytes(change(&s))
    } else {
        Value::String(s)
    }
}

fn strtolower(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "strtolower")?;
    Ok(map_case(s, b'A', <[u8]>::to_ascii_lowercase))
}

fn strtoupper(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "strtoupper")?;
    Ok(map_case(s, b'a', <[u8]>::to_ascii_uppercase))
}

fn ucfirst(vm: &mut Vm, args: &mut [Value]) -> R {
    let mut s = arg_str(vm, args, 0, "ucfirst")?.to_vec();
    if let Some(c) = s.first_mut() {
        c.make_ascii_uppercase();
    }
    Ok(bytes(s))
}

fn lcfirst(vm: &mut Vm, args: &mut [Value]) -> R {
    let mut s = arg_str(vm, args, 0, "lcfirst")?.to_vec();
    if let Some(c) = s.first_mut() {
        c.make_ascii_lowercase();
    }
    Ok(bytes(s))
}

fn ucwords(vm: &mut Vm, args: &mut [Value]) -> R {
    let mut s = arg_str(vm, args, 0, "ucwords")?.to_vec();
    let delims = opt_str(vm, args, 1, "ucwords", b" \t\r\n\x0C\x0B")?;
    let mask = char_mask(vm, "ucwords", &delims);
    let mut at_start = true;
    for c in s.iter_mut() {
        if at_start {
            c.make_ascii_uppercase();
        }
        at_start = mask[*c as usize];
    }
    Ok(bytes(s))
}

/// Joins array values as strings (`implode`).
pub fn join_values(vm: &mut Vm, sep: &[u8], arr: &PhpArray) -> Result<Vec<u8>, Unwind> {
    // Sized for the strings and separators (numbers grow it as they come).
    let strings: usize = arr
        .values()
        .map(|v| match v {
            Value::String(s) => s.len(),
            _ => 0,
        })
        .sum();
    let mut out = Vec::with_capacity(strings + sep.len() * arr.len().saturating_sub(1));
    for (i, v) in arr.values().enumerate() {
        if i > 0 {
            // A one-byte separator (the usual " " or ",") is a push, not a memcpy call.
            match sep {
                [b] => out.push(*b),
                _ => out.extend_from_slice(sep),
            }
        }
        match v {
            Value::String(s) => out.extend_from_slice(s),
            Value::Reference(r) => {
                let v = r.borrow().clone();
                v.append_php_string(vm, &mut out)?;
            }
            v => v.append_php_string(vm, &mut out)?,
        }
    }
    Ok(out)
}

fn implode(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "implode";
    let first = get(args, 0);
    let second = get(args, 1);
    if !has(args, 1) || second.is_null() {
        return match first {
            Value::Array(a) => Ok(bytes(join_values(vm, b"", &a)?)),
            v => Err(vm.throw_error(
                "TypeError",
                format!(
                    "{F}(): Argument #1 ($array) must be of type array, {} given",
                    v.debug_type_name()
                ),
            )),
        };
    }
    // ZPP order: a separator that is not an array converts (null with its deprecation)
    // before the array is checked; an array there is refused only after it.
    let sep = match first {
        Value::Array(_) => None,
        _ => Some(str_param(vm, args, 0, F, "array|string")?),
    };
    let arr = match second {
        Value::Array(a) => a,
        v => return Err(super::args::type_error(vm, F, 1, "?array", &v)),
    };
    let sep = match sep {
        Some(sep) => sep,
        None => str_param(vm, args, 0, F, "array|string")?,
    };
    Ok(bytes(join_values(vm, &sep, &arr)?))
}

fn explode(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "explode";
    let sep = arg_str(vm, args, 0, F)?;
    let s = arg_str(vm, args, 1, F)?;
    let limit = opt_long(vm, args, 2, F, i64::MAX)?;
    if sep.is_empty() {
        return Err(value_error(vm, F, 0, "cannot be empty"));
    }
    // A positive limit caps the parts (the last holds the rest, separators included);
    // 0 counts as 1; a negative one drops that many parts from the end.
    let max = match limit {
        1.. => usize::try_from(limit).unwrap_or(usize::MAX),
        0 => 1,
        _ => usize::MAX,
    };
    let mut parts = match sep[..] {
        // One byte, the usual case: memchr's iterator needs no searcher built, and a
        // vectorised count sizes the parts up front (growing the vector from empty
        // reallocated it three times for a dozen parts).
        [b] => {
            let parts = memchr::memchr_iter(b, &s)
                .count()
                .saturating_add(1)
                .min(max);
            split_at_hits(&s, 1, memchr::memchr_iter(b, &s), parts, max)
        }
        _ => split_at_hits(
            &s,
            sep.len(),
            memchr::memmem::find_iter(&s, &sep[..]),
            0,
            max,
        ),
    };
    if limit < 0 {
        let keep = parts.len().saturating_sub(limit.unsigned_abs() as usize);
        parts.truncate(keep);
    }
    Ok(Value::from(PhpArray::from_list(parts)))
}

/// The pieces of `s` between the separators of `sep_len` bytes starting at `hits`,
/// at most `max` (the last then runs to the end of `s`); `capacity` is how many
/// there will be, when known.
fn split_at_hits(
    s: &[u8],
    sep_len: usize,
    hits: impl Iterator<Item = usize>,
    capacity: usize,
    max: usize,
) -> Vec<Value> {
    let mut parts = Vec::with_capacity(capacity);
    let mut last = 0;
    for p in hits {
        if parts.len() + 1 >= max {
            break;
        }
        parts.push(Value::from(&s[last..p]));
        last = p + sep_len;
    }
    parts.push(Value::from(&s[last..]));
    parts
}

fn two_strs(vm: &mut Vm, args: &[Value], f: &str) -> Result<(PhpStr, PhpStr), Unwind> {
    Ok((arg_str(vm, args, 0, f)?, arg_str(vm, args, 1, f)?))
}

fn str_contains(vm: &mut Vm, args: &mut [Value]) -> R {
    let (h, n) = two_strs(vm, args, "str_contains")?;
    Ok(Value::from(find(&h, &n).is_some()))
}

fn str_starts_with(vm: &mut Vm, args: &mut [Value]) -> R {
    let (h, n) = two_strs(vm, args, "str_starts_with")?;
    Ok(Value::from(h.starts_with(&n)))
}

fn str_ends_with(vm: &mut Vm, args: &mut [Value]) -> R {
    let (h, n) = two_strs(vm, args, "str_ends_with")?;
    Ok(Value::from(h.ends_with(&n)))
}

fn chr(vm: &mut Vm, args: &mut [Value]) -> R {
    let c = arg_long(vm, args, 0, "chr")?;
    Ok(bytes(vec![(c & 0xff) as u8]))
}

fn ord(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "ord")?;
    Ok(Value::Long(i64::from(s.first().copied().unwrap_or(0))))
}

fn str_split(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "str_split")?;
    let n = opt_long(vm, args, 1, "str_split", 1)?;
    if n < 1 {
        return Err(value_error(vm, "str_split", 1, "must be greater than 0"));
    }
    Ok(Value::from(PhpArray::from_list(
        s.chunks(n as usize).map(Value::from).collect(),
    )))
}

fn strrev(vm: &mut Vm, args: &mut [Value]) -> R {
    let mut s = arg_str(vm, args, 0, "strrev")?.to_vec();
    s.reverse();
    Ok(bytes(s))
}

/// `zend_binary_strcmp`: the first differing bytes' difference, else -1/0/1 by length.
pub fn binary_strcmp(a: &[u8], b: &[u8]) -> i64 {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return i64::from(*x) - i64::from(*y);
        }
    }
    (a.len() as i64 - b.len() as i64).signum()
}

/// Case-insensitive `binary_strcmp` (ASCII).
pub fn binary_strcasecmp(a: &[u8], b: &[u8]) -> i64 {
    binary_strcmp(&lower(a), &lower(b))
}

fn strcmp(vm: &mut Vm, args: &mut [Value]) -> R {
    let (a, b) = two_strs(vm, args, "strcmp")?;
    Ok(Value::Long(binary_strcmp(&a, &b)))
}

fn strcasecmp(vm: &mut Vm, args: &mut [Value]) -> R {
    let (a, b) = two_strs(vm, args, "strcasecmp")?;
    Ok(Value::Long(binary_strcasecmp(&a, &b)))
}

fn strncmp_common(vm: &mut Vm, args: &[Value], f: &str, fold: bool) -> R {
    let (a, b) = two_strs(vm, args, f)?;
    let n = arg_long(vm, args, 2, f)?;
    if n < 0 {
        return Err(value_error(vm, f, 2, "must be greater than or equal to 0"));
    }
    let n = n as usize;
    let (a, b) = (&a[..a.len().min(n)], &b[..b.len().min(n)]);
    Ok(Value::Long(if fold {
        binary_strcasecmp(a, b)
    } else {
        binary_strcmp(a, b)
    }))
}

fn strncmp(vm: &mut Vm, args: &mut [Value]) -> R {
    strncmp_common(vm, args, "strncmp", false)
}

fn strncasecmp(vm: &mut Vm, args: &mut [Value]) -> R {
    strncmp_common(vm, args, "strncasecmp", true)
}

/// Compares two digit runs: the longer run wins, else the first difference.
fn natcmp_right(a: &[u8], ai: &mut usize, b: &[u8], bi: &mut usize) -> i64 {
    let mut bias = 0;
    loop {
        let da = a.get(*ai).is_some_and(u8::is_ascii_digit);
        let db = b.get(*bi).is_some_and(u8::is_ascii_digit);
        match (da, db) {
            (false, false) => return bias,
            (false, true) => return -1,
            (true, false) => return 1,
            _ => {}
        }
        if bias == 0 {
            bias = (i64::from(a[*ai]) - i64::from(b[*bi])).signum();
        }
        *ai += 1;
        *bi += 1;
    }
}

/// Compares two fractional (zero-led) digit runs: the first difference wins.
fn natcmp_left(a: &[u8], ai: &mut usize, b: &[u8], bi: &mut usize) -> i64 {
    loop {
        let da = a.get(*ai).is_some_and(u8::is_ascii_digit);
        let db = b.get(*bi).is_some_and(u8::is_ascii_digit);
        match (da, db) {
            (false, false) => return 0,
            (false, true) => return -1,
            (true, false) => return 1,
            _ => {}
        }
        let d = (i64::from(a[*ai]) - i64::from(b[*bi])).signum();
        if d != 0 {
            return d;
        }
        *ai += 1;
        *bi += 1;
    }
}

/// PHP's `strnatcmp_ex`: natural order ("img2" < "img10").
pub fn strnatcmp_ex(a: &[u8], b: &[u8], fold: bool) -> i64 {
    if a.is_empty() || b.is_empty() {
        return (a.len() as i64 - b.len() as i64).signum();
    }
    let at = |s: &[u8], i: usize| s.get(i).copied().unwrap_or(0);
    let (mut ai, mut bi) = (0usize, 0usize);
    let mut leading = true;
    loop {
        if leading {
            while at(a, ai) == b'0' && at(a, ai + 1).is_ascii_digit() {
                ai += 1;
            }
            while at(b, bi) == b'0' && at(b, bi + 1).is_ascii_digit() {
                bi += 1;
            }
            leading = false;
        }
        while at(a, ai).is_ascii_whitespace() || at(a, ai) == 0x0b {
            ai += 1;
        }
        while at(b, bi).is_ascii_whitespace() || at(b, bi) == 0x0b {
            bi += 1;
        }
        let (mut ca, mut cb) = (at(a, ai), at(b, bi));
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let r = if ca == b'0' || cb == b'0' {
                natcmp_left(a, &mut ai, b, &mut bi)
            } else {
                natcmp_right(a, &mut ai, b, &mut bi)
            };
            if r != 0 {
                return r;
            }
            match (ai >= a.len(), bi >= b.len()) {
                (true, true) => return 0,
                (true, false) => return -1,
                (false, true) => return 1,
                _ => {}
            }
            ca = at(a, ai);
            cb = at(b, bi);
        }
        if fold {
            ca = ca.to_ascii_uppercase();
            cb = cb.to_ascii_uppercase();
        }
        if ca != cb {
            return if ca < cb { -1 } else { 1 };
        }
        ai += 1;
        bi += 1;
        match (ai >= a.len(), bi >= b.len()) {
            (true, true) => return 0,
            (true, false) => return -1,
            (false, true) => return 1,
            _ => {}
        }
    }
}

fn strnatcmp(vm: &mut Vm, args: &mut [Value]) -> R {
    let (a, b) = two_strs(vm, args, "strnatcmp")?;
    Ok(Value::Long(strnatcmp_ex(&a, &b, false)))
}

fn strnatcasecmp(vm: &mut Vm, args: &mut [Value]) -> R {
    let (a, b) = two_strs(vm, args, "strnatcasecmp")?;
    Ok(Value::Long(strnatcmp_ex(&a, &b, true)))
}

fn substr_count(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "substr_count";
    let (h, n) = two_strs(vm, args, F)?;
    let mut offset = opt_long(vm, args, 2, F, 0)?;
    let length = opt_nullable_long(vm, args, 3, F)?;
    if n.is_empty() {
        return Err(value_error(vm, F, 1, "cannot be empty"));
    }
    let len = h.len() as i64;
    if offset < 0 {
        offset += len;
    }
    if offset < 0 || offset > len {
        return Err(offset_error(vm, F, 2));
    }
    let end = match length {
        None => len,
        Some(mut l) => {
            if l < 0 {
                l += len - offset;
            }
            if l < 0 || l > len - offset {
                return Err(value_error(
                    vm,
                    F,
                    3,
                    "must be contained in argument #1 ($haystack)",
                ));
            }
            offset + l
        }
    };
    let hay = &h[offset as usize..end as usize];
    Ok(Value::Long(
        memchr::memmem::find_iter(hay, &n[..]).count() as i64
    ))
}

fn nl2br(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "nl2br")?;
    let xhtml = opt_bool(vm, args, 1, "nl2br", true)?;
    let br: &[u8] = if xhtml { b"<br />" } else { b"<br>" };
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\r' || c == b'\n' {
            out.extend_from_slice(br);
            out.push(c);
            // "\r\n" and "\n\r" are one line break.
            if let Some(&d) = s.get(i + 1) {
                if (d == b'\r' || d == b'\n') && d != c {
                    out.push(d);
                    i += 1;
                }
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    Ok(bytes(out))
}

fn addslashes(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "addslashes")?;
    Ok(bytes(add_slashes(&s)))
}

/// `'`, `"` and `\` escaped with a backslash, NUL as `\0` (addslashes, FILTER_SANITIZE_ADD_SLASHES).
pub(crate) fn add_slashes(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s.iter() {
        match c {
            b'\'' | b'"' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            0 => out.extend_from_slice(b"\\0"),
            _ => out.push(c),
        }
    }
    out
}

fn stripslashes(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "stripslashes")?;
    let mut out = Vec::with_capacity(s.len());
    let mut it = s.iter();
    while let Some(&c) = it.next() {
        if c == b'\\' {
            match it.next() {
                Some(b'0') => out.push(0),
                Some(&d) => out.push(d),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    Ok(bytes(out))
}

fn wordwrap(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "wordwrap";
    let text = arg_str(vm, args, 0, F)?;
    let width = opt_long(vm, args, 1, F, 75)?;
    let brk = opt_str(vm, args, 2, F, b"\n")?;
    let cut = opt_bool(vm, args, 3, F, false)?;
    if text.is_empty() {
        return Ok(Value::from(""));
    }
    if brk.is_empty() {
        return Err(value_error(vm, F, 2, "cannot be empty"));
    }
    if width == 0 && cut {
        return Err(value_error(
            vm,
            F,
            3,
            "cannot be true when argument #2 ($width) is 0",
        ));
    }
    if brk.len() != 1 || cut {
        // PHP allocates for a break after every `width` bytes up front.
        let (len, brk_len) = (text.len() as u128, brk.len() as u128);
        let need = match u128::try_from(width) {
            Ok(w) if w > 0 => len + (len / w + 1) * brk_len,
            _ => len * (brk_len + 1),
        };
        alloc_guard(vm, need)?;
    }
    Ok(bytes(wrap(&text, width, &brk, cut)))
}

/// PHP's `wordwrap` algorithm (positions as signed, as PHP compares them).
fn wrap(text: &[u8], width: i64, brk: &[u8], cut: bool) -> Vec<u8> {
    let len = text.len() as i64;
    if brk.len() == 1 && !cut {
        let mut out = text.to_vec();
        let (mut laststart, mut lastspace) = (0i64, 0i64);
        for cur in 0..len {
            let c = text[cur as usize];
            if c == brk[0] {
                laststart = cur + 1;
                lastspace = cur + 1;
            } else if c == b' ' {
                if cur - laststart >= width {
                    out[cur as usize] = brk[0];
                    laststart = cur + 1;
                }
                lastspace = cur;
            } else if cur - laststart >= width && laststart != lastspace {
                out[lastspace as usize] = brk[0];
                laststart = lastspace + 1;
            }
        }
        return out;
    }
    let mut out = Vec::with_capacity(text.len() + brk.len() * 4);
    let (mut laststart, mut lastspace) = (0i64, 0i64);
    let mut cur = 0i64;
    let slice = |a: i64, b: i64| &text[a as usize..b as usize];
    while cur < len {
        let c = text[cur as usize];
        if c == brk[0] && cur + (brk.len() as i64) < len && text[cur as usize..].starts_with(brk) {
            out.extend_from_slice(slice(laststart, cur + brk.len() as i64));
            cur += brk.len() as i64 - 1;
            laststart = cur + 1;
            lastspace = cur + 1;
        } else if c == b' ' {
            if cur - laststart >= width {
                out.extend_from_slice(slice(laststart, cur));
                out.extend_from_slice(brk);
                laststart = cur + 1;
            }
            lastspace = cur;
        } else if cur - laststart >= width && cut && laststart >= lastspace {
            out.extend_from_slice(slice(laststart, cur));
            out.extend_from_slice(brk);
            laststart = cur;
            lastspace = cur;
        } else if cur - laststart >= width && laststart < lastspace {
            out.extend_from_slice(slice(laststart, lastspace));
            out.extend_from_slice(brk);
            laststart = lastspace + 1;
            lastspace = laststart;
        }
        cur += 1;
    }
    if laststart != cur {
        out.extend_from_slice(slice(laststart, cur));
    }
    out
}

fn strstr_common(vm: &mut Vm, args: &[Value], f: &str, fold: bool) -> R {
    let (h, n) = two_strs(vm, args, f)?;
    let before = opt_bool(vm, args, 2, f, false)?;
    let pos = if fold {
        find(&lower(&h), &lower(&n))
    } else {
        find(&h, &n)
    };
    Ok(match pos {
        None => Value::False,
        Some(p) if before => Value::from(&h[..p]),
        Some(p) => Value::from(&h[p..]),
    })
}

fn strstr(vm: &mut Vm, args: &mut [Value]) -> R {
    strstr_common(vm, args, "strstr", false)
}

fn stristr(vm: &mut Vm, args: &mut [Value]) -> R {
    strstr_common(vm, args, "stristr", true)
}

fn strrchr(vm: &mut Vm, args: &mut [Value]) -> R {
    let (h, n) = two_strs(vm, args, "strrchr")?;
    let c = n.first().copied().unwrap_or(0);
    Ok(match h.iter().rposition(|&b| b == c) {
        Some(p) => Value::from(&h[p..]),
        None => Value::False,
    })
}

fn str_word_count(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "str_word_count";
    let s = arg_str(vm, args, 0, F)?;
    let format = opt_long(vm, args, 1, F, 0)?;
    let extra = match get(args, 2) {
        Value::Null => None,
        _ => {
            let list = arg_str(vm, args, 2, F)?;
            Some(char_mask(vm, F, &list))
        }
    };
    if !(0..=2).contains(&format) {
        return Err(value_error(vm, F, 1, "must be a valid format value"));
    }
    let allowed = |c: u8| extra.is_some_and(|m| m[c as usize]);
    let mut words: Vec<(usize, &[u8])> = Vec::new();
    let mut p = 0;
    let mut e = s.len();
    if p < e && ((s[0] == b'\'' && !allowed(b'\'')) || (s[0] == b'-' && !allowed(b'-'))) {
        p += 1;
    }
    if e > 0 && s[e - 1] == b'-' && !allowed(b'-') {
        e -= 1;
    }
    while p < e {
        let start = p;
        while p < e
            && (s[p].is_ascii_alphabetic() || allowed(s[p]) || s[p] == b'\'' || s[p] == b'-')
        {
            p += 1;
        }
        if p > start {
            words.push((start, &s[start..p]));
        }
        p += 1;
    }
    Ok(match format {
        0 => Value::Long(words.len() as i64),
        1 => Value::from(PhpArray::from_list(
            words.into_iter().map(|(_, w)| Value::from(w)).collect(),
        )),
        _ => Value::from(
            words
                .into_iter()
                .map(|(i, w)| (ArrayKey::Int(i as i64), Value::from(w)))
                .collect::<PhpArray>(),
        ),
    })
}

fn bin2hex(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "bin2hex")?;
    let mut out = Vec::with_capacity(s.len() * 2);
    for c in s.iter() {
        out.extend_from_slice(format!("{c:02x}").as_bytes());
    }
    Ok(bytes(out))
}

fn hex2bin(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "hex2bin")?;
    if s.len() % 2 != 0 {
        vm.warning("hex2bin(): Hexadecimal input string must have an even length");
        return Ok(Value::False);
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                vm.warning("hex2bin(): Input string must be hexadecimal string");
                return Ok(Value::False);
            }
        }
    }
    Ok(bytes(out))
}

/// `similar_text`'s count: the longest common substring, then both sides recursively.
fn similar(a: &[u8], b: &[u8]) -> usize {
    let (mut best, mut pa, mut pb) = (0, 0, 0);
    for i in 0..a.len() {
        for j in 0..b.len() {
            let mut k = 0;
            while i + k < a.len() && j + k < b.len() && a[i + k] == b[j + k] {
                k += 1;
            }
            if k > best {
                best = k;
                pa = i;
                pb = j;
            }
        }
    }
    if best == 0 {
        return 0;
    }
    best + similar(&a[..pa], &b[..pb]) + similar(&a[pa + best..], &b[pb + best..])
}

fn similar_text(vm: &mut Vm, args: &mut [Value]) -> R {
    let (a, b) = two_strs(vm, args, "similar_text")?;
    let sim = similar(&a, &b);
    let total = a.len() + b.len();
    let percent = if total == 0 {
        0.0
    } else {
        sim as f64 * 2.0 * 100.0 / total as f64
    };
    set_ref(args, 2, Value::Double(percent));
    Ok(Value::Long(sim as i64))
}

fn levenshtein(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "levenshtein";
    let (a, b) = two_strs(vm, args, F)?;
    let ins = opt_long(vm, args, 2, F, 1)?;
    let rep = opt_long(vm, args, 3, F, 1)?;
    let del = opt_long(vm, args, 4, F, 1)?;
    if a.is_empty() {
        return Ok(Value::Long((b.len() as i64).saturating_mul(ins)));
    }
    if b.is_empty() {
        return Ok(Value::Long((a.len() as i64).saturating_mul(del)));
    }
    let mut prev: Vec<i64> = (0..=b.len() as i64)
        .map(|j| j.saturating_mul(ins))
        .collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut cur = vec![(i as i64 + 1).saturating_mul(del)];
        for (j, &cb) in b.iter().enumerate() {
            let c0 = prev[j].saturating_add(if ca == cb { 0 } else { rep });
            let c1 = prev[j + 1].saturating_add(del);
            let c2 = cur[j].saturating_add(ins);
            cur.push(c0.min(c1).min(c2));
        }
        prev = cur;
    }
    Ok(Value::Long(prev[b.len()]))
}

fn strtr(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "strtr";
    let s = arg_str(vm, args, 0, F)?;
    if !has(args, 2) {
        let Value::Array(map) = get(args, 1) else {
            // Taken as `array|string` first (null is deprecated, a resource a TypeError).
            str_param(vm, args, 1, F, "array|string")?;
            return Err(vm.throw_error(
                "TypeError",
                format!("{F}(): Argument #2 ($from) must be of type array, string given"),
            ));
        };
        if s.is_empty() {
            // Before the pairs are read (and any of them warned about), as PHP.
            return Ok(Value::from(""));
        }
        let mut pairs: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        for (k, v) in map.iter() {
            let key = match k {
                ArrayKey::Int(i) => i.to_string().into_bytes(),
                ArrayKey::Str(s) => s.to_vec(),
            };
            if key.is_empty() {
                vm.warning("strtr(): Ignoring replacement of empty string");
                continue;
            }
            pairs.push((key, v.deref().to_php_string(vm)?.to_vec()));
        }
        // Longest match first at each position; only the keys starting with the
        // byte at hand are tried, and runs of bytes no key starts with are copied
        // whole (a template with a dozen placeholders was a memcmp per key per byte).
        pairs.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        let mut by_first: Vec<Vec<u32>> = vec![Vec::new(); 256];
        for (n, (k, _)) in pairs.iter().enumerate() {
            by_first[k[0] as usize].push(n as u32);
        }
        // Keys usually start with one to three distinct bytes (`{`, `%`, `:`): memchr
        // finds the next candidate a vector at a time (a 25 KB page rendered through
        // a `{{name}}` template was ~5 instructions a byte).
        let firsts: Vec<u8> = (0..=255u8)
            .filter(|&b| !by_first[b as usize].is_empty())
            .collect();
        let candidate = |hay: &[u8]| match firsts[..] {
            [a] => memchr::memchr(a, hay),
            [a, b] => memchr::memchr2(a, b, hay),
            [a, b, c] => memchr::memchr3(a, b, c, hay),
            _ => hay.iter().position(|&b| !by_first[b as usize].is_empty()),
        };
        let mut out = Vec::with_capacity(s.len());
        let mut i = 0;
        'scan: while i < s.len() {
            let run = candidate(&s[i..]).unwrap_or(s.len() - i);
            out.extend_from_slice(&s[i..i + run]);
            i += run;
            if i == s.len() {
                break;
            }
            for &n in &by_first[s[i] as usize] {
                let (k, v) = &pairs[n as usize];
                if s[i..].starts_with(k) {
                    out.extend_from_slice(v);
                    i += k.len();
                    continue 'scan;
                }
            }
            out.push(s[i]);
            i += 1;
        }
        return Ok(bytes(out));
    }
    let from = str_param(vm, args, 1, F, "array|string")?;
    let to = arg_str(vm, args, 2, F)?;
    let n = from.len().min(to.len());
    let mut table: Vec<u8> = (0..=255).collect();
    for i in 0..n {
        table[from[i] as usize] = to[i];
    }
    Ok(bytes(s.iter().map(|&c| table[c as usize]).collect()))
}

/// One `substr_replace`: `offset` and `length` clamped as PHP does.
fn replace_part(s: &[u8], offset: i64, length: i64, replace: &[u8]) -> Vec<u8> {
    let n = s.len() as i64;
    let f = if offset < 0 {
        (n + offset).max(0)
    } else {
        offset.min(n)
    };
    let l = if length < 0 {
        (n - f + length).max(0)
    } else {
        length
    };
    let l = l.min(n - f);
    let (f, l) = (f as usize, l as usize);
    let mut out = Vec::with_capacity(s.len() - l + replace.len());
    out.extend_from_slice(&s[..f]);
    out.extend_from_slice(replace);
    out.extend_from_slice(&s[f + l..]);
    out
}

fn substr_replace(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "substr_replace";
    let subject = get(args, 0);
    let replace = match get(args, 1) {
        Value::Array(a) => Err(a),
        _ => Ok(arg_str(vm, args, 1, F)?),
    };
    let offset = match get(args, 2) {
        Value::Array(a) => Err(a),
        _ => Ok(super::args::long_param(vm, args, 2, F, "array|int")?),
    };
    let length = match get(args, 3) {
        Value::Array(a) => Err(a),
        Value::Null | Value::Undef => Ok(None),
        _ => Ok(Some(super::args::long_param(
            vm,
            args,
            3,
            F,
            "array|int|null",
        )?)),
    };
    let Value::Array(subjects) = subject else {
        let s = arg_str(vm, args, 0, F)?;
        let single = "cannot be an array when working on a single string";
        let Ok(offset) = offset else {
            return Err(vm.throw_error(
                "TypeError",
                format!("{F}(): Argument #3 ($offset) {single}"),
            ));
        };
        let Ok(length) = length else {
            return Err(vm.throw_error(
                "TypeError",
                format!("{F}(): Argument #4 ($length) {single}"),
            ));
        };
        let replace = match replace {
            Ok(r) => r,
            Err(a) => match a.values().next() {
                Some(v) => v.deref().to_php_string(vm)?,
                None => PhpStr::default(),
            },
        };
        let length = length.unwrap_or(s.len() as i64);
        return Ok(bytes(replace_part(&s, offset, length, &replace)));
    };
    // Array offsets, lengths and replacements are taken in turn, one per subject.
    let mut offsets = offset.as_ref().err().map(|a| a.values());
    let mut lengths = length.as_ref().err().map(|a| a.values());
    let mut replaces = replace.as_ref().err().map(|a| a.values());
    let mut out = PhpArray::with_capacity(subjects.len());
    for (k, v) in subjects.iter() {
        let s = v.deref().to_php_string(vm)?;
        let f = match (&offset, offsets.as_mut()) {
            (Ok(f), _) => *f,
            (Err(_), Some(it)) => it.next().map_or(0, Value::to_long),
            (Err(_), None) => 0,
        };
        let l = match (&length, lengths.as_mut()) {
            (Ok(l), _) => l.unwrap_or(s.len() as i64),
            (Err(_), Some(it)) => it.next().map_or(s.len() as i64, Value::to_long),
            (Err(_), None) => s.len() as i64,
        };
        let r = match (&replace, replaces.as_mut()) {
            (Ok(r), _) => r.clone(),
            (Err(_), Some(it)) => match it.next() {
                Some(r) => r.deref().to_php_string(vm)?,
                None => PhpStr::default(),
            },
            (Err(_), None) => PhpStr::default(),
        };
        out.insert(k, Value::from(replace_part(&s, f, l, &r)));
    }
    Ok(Value::from(out))
}

/// A Fisher-Yates shuffle drawing from the Mersenne Twister, as PHP's.
fn str_shuffle(vm: &mut Vm, args: &mut [Value]) -> R {
    let mut s = arg_str(vm, args, 0, "str_shuffle")?.to_vec();
    super::math::with_mt(|mt| {
        for n in (1..s.len()).rev() {
            let j = mt.range(0, n as i64) as usize;
            s.swap(n, j);
        }
    });
    Ok(bytes(s))
}

fn strpbrk(vm: &mut Vm, args: &mut [Value]) -> R {
    let (s, chars) = two_strs(vm, args, "strpbrk")?;
    if chars.is_empty() {
        return Err(value_error(vm, "strpbrk", 1, "must be a non-empty string"));
    }
    Ok(match s.iter().position(|c| chars.contains(c)) {
        Some(p) => Value::from(&s[p..]),
        None => Value::False,
    })
}

fn substr_compare(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "substr_compare";
    let (h, n) = two_strs(vm, args, F)?;
    let mut offset = arg_long(vm, args, 2, F)?;
    let length = opt_nullable_long(vm, args, 3, F)?;
    let fold = opt_bool(vm, args, 4, F, false)?;
    if length.is_some_and(|l| l < 0) {
        return Err(value_error(vm, F, 3, "must be greater than or equal to 0"));
    }
    if offset < 0 {
        offset = (offset + h.len() as i64).max(0);
    }
    if offset > h.len() as i64 {
        return Err(offset_error(vm, F, 2));
    }
    let a = &h[offset as usize..];
    let (a, b) = match length {
        Some(l) => (&a[..a.len().min(l as usize)], &n[..n.len().min(l as usize)]),
        None => (a, &n[..]),
    };
    Ok(Value::Long(if fold {
        binary_strcasecmp(a, b)
    } else {
        binary_strcmp(a, b)
    }))
}

fn span_common(vm: &mut Vm, args: &[Value], f: &str, accept: bool) -> R {
    let (s, chars) = two_strs(vm, args, f)?;
    let offset = opt_long(vm, args, 2, f, 0)?;
    let length = opt_nullable_long(vm, args, 3, f)?;
    let (start, n) = substr_range(s.len(), offset, length);
    let part = &s[start..start + n];
    // php_strcspn reads one byte of an empty mask: its C string's terminating NUL.
    let chars: &[u8] = if chars.is_empty() && !accept {
        b"\0"
    } else {
        &chars
    };
    let count = part
        .iter()
        .take_while(|c| chars.contains(c) == accept)
        .count();
    Ok(Value::Long(count as i64))
}

fn strspn(vm: &mut Vm, args: &mut [Value]) -> R {
    span_common(vm, args, "strspn", true)
}

fn strcspn(vm: &mut Vm, args: &mut [Value]) -> R {
    span_common(vm, args, "strcspn", false)
}

fn count_chars(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "count_chars";
    let s = arg_str(vm, args, 0, F)?;
    let mode = opt_long(vm, args, 1, F, 0)?;
    if !(0..=4).contains(&mode) {
        return Err(value_error(vm, F, 1, "must be between 0 and 4 (inclusive)"));
    }
    let mut counts = [0i64; 256];
    for &c in s.iter() {
        counts[c as usize] += 1;
    }
    let select = |c: usize| match mode {
        0 => true,
        1 | 3 => counts[c] > 0,
        _ => counts[c] == 0,
    };
    if mode >= 3 {
        return Ok(bytes(
            (0..256).filter(|&c| select(c)).map(|c| c as u8).collect(),
        ));
    }
    Ok(Value::from(
        (0..256)
            .filter(|&c| select(c))
            .map(|c| (ArrayKey::Int(c as i64), Value::Long(counts[c])))
            .collect::<PhpArray>(),
    ))
}

fn chunk_split(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "chunk_split";
    let s = arg_str(vm, args, 0, F)?;
    let n = opt_long(vm, args, 1, F, 76)?;
    let end = opt_str(vm, args, 2, F, b"\r\n")?;
    if n < 1 {
        return Err(value_error(vm, F, 1, "must be greater than 0"));
    }
    let chunks = s.len().div_ceil(n as usize).max(1);
    alloc_guard(vm, s.len() as u128 + (end.len() * chunks) as u128)?;
    let mut out = Vec::with_capacity(s.len() + end.len() * chunks);
    if s.is_empty() {
        // PHP returns the string and the ending when the chunk is longer than the string.
        out.extend_from_slice(&end);
    }
    for chunk in s.chunks(n as usize) {
        out.extend_from_slice(chunk);
        out.extend_from_slice(&end);
    }
    Ok(bytes(out))
}

fn quotemeta(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "quotemeta")?;
    let mut out = Vec::with_capacity(s.len());
    for &c in s.iter() {
        if b".\\+*?[^]$()".contains(&c) {
            out.push(b'\\');
        }
        out.push(c);
    }
    Ok(bytes(out))
}

/// C's `isspace` (Rust's ASCII whitespace lacks the vertical tab).
fn c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Whether a tag read by [`strip`] is in `set` (lowercase `<a><b>`): the tag is
/// reduced to `<name>` (attributes and a closing or self-closing `/` dropped).
fn tag_allowed(tag: &[u8], set: &[u8]) -> bool {
    let mut norm = Vec::with_capacity(tag.len() + 1);
    let mut started = false;
    for (j, &c) in tag.iter().enumerate() {
        let c = c.to_ascii_lowercase();
        match c {
            b'<' => norm.push(c),
            b'>' => break,
            c if c_space(c) => {
                if started {
                    break;
                }
            }
            c => {
                started = true;
                let before = j.checked_sub(1).map_or(0, |k| tag[k]);
                let after = tag.get(j + 1).copied().unwrap_or(0);
                if c != b'/' || (before != b'<' && after != b'>') {
                    norm.push(c);
                }
            }
        }
    }
    norm.push(b'>');
    find(set, &norm).is_some()
}

/// Where [`strip`] is: text, a tag, a PHP block (`<?`), a declaration (`<!`), a comment.
#[derive(Clone, Copy, PartialEq)]
enum StripState {
    Text,
    Tag,
    Php,
    Decl,
    Comment,
}

/// `strip_tags` as PHP's state machine does it: quotes, `<` nested in a tag, a PHP
/// block's parentheses and strings, `<?xml`, `<!DOCTYPE` and comments are followed;
/// NUL bytes are dropped; a tag in `allow` (lowercase `<a><b>` list) is kept.
pub fn strip(s: &[u8], allow: Option<&[u8]>) -> Vec<u8> {
    use StripState::*;
    let mut out = Vec::with_capacity(s.len());
    let mut tag = Vec::new();
    let mut state = Text;
    let (mut depth, mut br) = (0usize, 0i64);
    // The open quote, and the last significant character (PHP's `lc`).
    let (mut in_q, mut lc) = (0u8, 0u8);
    let mut is_xml = false;
    let back = |i: usize, n: usize| i.checked_sub(n).map_or(0, |k| s[k]);
    for (i, &c) in s.iter().enumerate() {
        let next = s.get(i + 1).copied().unwrap_or(0);
        match state {
            Text => match c {
                0 => {}
                b'<' if in_q != 0 => {}
                b'<' if c_space(next) => out.push(c),
                b'<' => {
                    lc = b'<';
                    state = Tag;
                    tag.clear();
                    tag.push(c);
                }
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                _ => out.push(c),
            },
            Tag => match c {
                0 => {}
                b'<' if in_q != 0 => {}
                b'<' if c_space(next) => tag.push(c),
                b'<' => depth += 1,
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                b'>' => {
                    lc = b'>';
                    // `<?xml ... ->` does not end at its arrow.
                    if !(is_xml && back(i, 1) == b'-') {
                        in_q = 0;
                        is_xml = false;
                        state = Text;
                        tag.push(c);
                        if allow.is_some_and(|set| tag_allowed(&tag, set)) {
                            out.extend_from_slice(&tag);
                        }
                    }
                }
                b'"' | b'\'' => {
                    if i != 0 && (in_q == 0 || c == in_q) {
                        in_q = if in_q == 0 { c } else { 0 };
                    }
                    tag.push(c);
                }
                b'!' if back(i, 1) == b'<' => {
                    state = Decl;
                    lc = c;
                }
                b'?' if back(i, 1) == b'<' => {
                    br = 0;
                    state = Php;
                }
                _ => tag.push(c),
            },
            Php => match c {
                b'(' if lc != b'"' && lc != b'\'' => {
                    lc = c;
                    br += 1;
                }
                b')' if lc != b'"' && lc != b'\'' => {
                    lc = c;
                    br -= 1;
                }
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                b'>' if br == 0 && lc != b'"' && back(i, 1) == b'?' => {
                    in_q = 0;
                    state = Text;
                }
                b'"' | b'\'' if i >= 1 && back(i, 1) != b'\\' => {
                    if lc == c {
                        lc = 0;
                    } else if lc != b'\\' {
                        lc = c;
                    }
                    if in_q == 0 || c == in_q {
                        in_q = if in_q == 0 { c } else { 0 };
                    }
                }
                // `<?xml` is a tag, not PHP (not at the very start: PHP checks p > buf+4).
                b'l' | b'L' if i > 4 && s[i - 4..i].eq_ignore_ascii_case(b"<?xm") => {
                    state = Tag;
                    is_xml = true;
                }
                _ => {}
            },
            Decl => match c {
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                b'>' => {
                    in_q = 0;
                    state = Text;
                }
                b'"' | b'\'' if i != 0 && back(i, 1) != b'\\' && (in_q == 0 || c == in_q) => {
                    in_q = if in_q == 0 { c } else { 0 };
                }
                b'-' if back(i, 1) == b'-' && back(i, 2) == b'!' => state = Comment,
                b'e' | b'E' if i > 6 && s[i - 6..i].eq_ignore_ascii_case(b"doctyp") => {
                    state = Tag;
                }
                _ => {}
            },
            Comment => {
                if c == b'>' && in_q == 0 && back(i, 1) == b'-' && back(i, 2) == b'-' {
                    state = Text;
                }
            }
        }
    }
    out
}

fn strip_tags(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "strip_tags")?;
    let allow: Option<Vec<u8>> = match get(args, 1) {
        Value::Null | Value::Undef => None,
        Value::Array(a) => {
            let mut set = Vec::new();
            for v in a.values() {
                set.push(b'<');
                set.extend_from_slice(&v.deref().to_php_string(vm)?);
                set.push(b'>');
            }
            Some(set)
        }
        _ => Some(str_param(vm, args, 1, "strip_tags", "array|string|null")?.to_vec()),
    };
    let allow = allow.map(|a| a.to_ascii_lowercase());
    Ok(bytes(strip(&s, allow.as_deref())))
}

fn str_getcsv(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "str_getcsv";
    let s = arg_str(vm, args, 0, F)?;
    let delim = opt_str(vm, args, 1, F, b",")?;
    let encl = opt_str(vm, args, 2, F, b"\"")?;
    let esc = opt_str(vm, args, 3, F, b"\\")?;
    // PHP 8.2 takes the first byte of each, defaults for empty ones, no escape for "".
    let dialect = super::csv::Dialect {
        delimiter: delim.first().copied().unwrap_or(b','),
        enclosure: encl.first().copied().unwrap_or(b'"'),
        escape: esc.first().copied(),
    };
    let fields = super::csv::parse_record(s.to_vec(), dialect, &mut || None);
    Ok(Value::from(PhpArray::from_list(fields.map_or_else(
        || vec![Value::Null],
        |f| f.into_iter().map(Value::from).collect(),
    ))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_haystacks_find_alike() {
        let long = [&b"x".repeat(100)[..], b"needle", b"tail"].concat();
        for (h, n) in [
            (&b"item 199;"[..], &b"99"[..]),
            (b"item 19", b"99"),
            (b"ab", b"abc"),
            (b"abc", b""),
            (b"", b""),
            (b"aab", b"ab"),
            (&long[..], b"needle"),
            (&long[..], b"nope"),
        ] {
            assert_eq!(find(h, n), memchr::memmem::find(h, n), "{h:?} {n:?}");
        }
    }
}
