//! `glob()` and `fnmatch()`: shell patterns (`*`, `?`, `[a-z]`, `[!x]`, `\` escapes,
//! `{a,b}` with GLOB_BRACE) over the file system, as glibc's glob(3) answers.

use crate::array::PhpArray;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{func, opt_long};
use super::streams::arg_path;
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("glob", glob, &["pattern", "flags"], 1),
    func("fnmatch", fnmatch, &["pattern", "filename", "flags"], 2),
];

const GLOB_MARK: i64 = 2;
const GLOB_NOSORT: i64 = 4;
const GLOB_NOCHECK: i64 = 16;
const GLOB_NOESCAPE: i64 = 64;
const GLOB_BRACE: i64 = 1024;
const GLOB_ONLYDIR: i64 = 8192;
const FNM_NOESCAPE: i64 = 2;
const FNM_PATHNAME: i64 = 1;
const FNM_PERIOD: i64 = 4;
const FNM_CASEFOLD: i64 = 16;

/// Whether `name` matches the shell pattern `pat`.
pub fn matches(pat: &[u8], name: &[u8], escape: bool, casefold: bool) -> bool {
    let eq = |a: u8, b: u8| {
        if casefold {
            a.eq_ignore_ascii_case(&b)
        } else {
            a == b
        }
    };
    let (mut p, mut n) = (0, 0);
    // Backtracking point for the last `*`: (pattern index after it, name index).
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        let step = match pat.get(p) {
            Some(b'*') => {
                star = Some((p + 1, n));
                p += 1;
                continue;
            }
            Some(b'?') => Some(p + 1),
            Some(b'[') => match class(pat, p + 1, name[n], casefold) {
                Some((true, next)) => Some(next),
                Some((false, _)) => None,
                // An unclosed `[` is a literal.
                None => eq(b'[', name[n]).then_some(p + 1),
            },
            Some(b'\\') if escape && p + 1 < pat.len() => eq(pat[p + 1], name[n]).then_some(p + 2),
            Some(&c) => eq(c, name[n]).then_some(p + 1),
            None => None,
        };
        match step {
            Some(next) => {
                p = next;
                n += 1;
            }
            None => match star {
                Some((sp, sn)) => {
                    p = sp;
                    n = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    pat[p..].iter().all(|&c| c == b'*')
}

/// A `[...]` class starting after the `[`: (matched, index after `]`), `None` if unclosed.
fn class(pat: &[u8], mut i: usize, c: u8, casefold: bool) -> Option<(bool, usize)> {
    let negate = matches!(pat.get(i), Some(b'!' | b'^'));
    if negate {
        i += 1;
    }
    let c = if casefold { c.to_ascii_lowercase() } else { c };
    let norm = |b: u8| if casefold { b.to_ascii_lowercase() } else { b };
    let mut hit = false;
    let mut first = true;
    while i < pat.len() && (pat[i] != b']' || first) {
        first = false;
        if pat.get(i + 1) == Some(&b'-') && pat.get(i + 2).is_some_and(|&e| e != b']') {
            hit |= norm(pat[i]) <= c && c <= norm(pat[i + 2]);
            i += 3;
        } else {
            hit |= norm(pat[i]) == c;
            i += 1;
        }
    }
    (i < pat.len()).then_some((hit != negate, i + 1))
}

/// `{a,b}c` → `ac`, `bc` (nested braces too).
fn expand_braces(pat: &[u8]) -> Vec<Vec<u8>> {
    let Some(open) = pat.iter().position(|&b| b == b'{') else {
        return vec![pat.to_vec()];
    };
    let mut depth = 0;
    let mut parts = Vec::new();
    let mut start = open + 1;
    for i in open..pat.len() {
        match pat[i] {
            b'{' => depth += 1,
            b',' if depth == 1 => {
                parts.push(&pat[start..i]);
                start = i + 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    parts.push(&pat[start..i]);
                    let mut out = Vec::new();
                    for part in parts {
                        let mut p = pat[..open].to_vec();
                        p.extend_from_slice(part);
                        p.extend_from_slice(&pat[i + 1..]);
                        out.extend(expand_braces(&p));
                    }
                    return out;
                }
            }
            _ => {}
        }
    }
    vec![pat.to_vec()]
}

fn has_magic(s: &[u8]) -> bool {
    s.iter().any(|b| matches!(b, b'*' | b'?' | b'['))
}

/// Paths matching `pat`, component by component: each directory's names sorted, or
/// in the order the OS lists them (GLOB_NOSORT, as glibc's glob).
fn walk(pat: &[u8], escape: bool, sorted: bool) -> Vec<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    let absolute = pat.first() == Some(&b'/');
    let mut found: Vec<Vec<u8>> = vec![if absolute { b"/".to_vec() } else { Vec::new() }];
    let comps: Vec<&[u8]> = pat
        .split(|&b| b == b'/')
        .filter(|c| !c.is_empty())
        .collect();
    for (k, comp) in comps.iter().enumerate() {
        let last = k + 1 == comps.len();
        let mut next = Vec::new();
        for base in &found {
            let join = |name: &[u8]| {
                let mut p = base.clone();
                if !p.is_empty() && !p.ends_with(b"/") {
                    p.push(b'/');
                }
                p.extend_from_slice(name);
                p
            };
            if !has_magic(comp) {
                let lit: Vec<u8> = if escape {
                    let mut v = Vec::new();
                    let mut i = 0;
                    while i < comp.len() {
                        if comp[i] == b'\\' && i + 1 < comp.len() {
                            i += 1;
                        }
                        v.push(comp[i]);
                        i += 1;
                    }
                    v
                } else {
                    comp.to_vec()
                };
                let p = join(&lit);
                if std::fs::symlink_metadata(super::file::path_of(&p)).is_ok() {
                    next.push(p);
                }
                continue;
            }
            let dir: &[u8] = if base.is_empty() { b"." } else { base };
            let Ok(entries) = std::fs::read_dir(super::file::path_of(dir)) else {
                continue;
            };
            let mut names: Vec<Vec<u8>> = entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().as_bytes().to_vec())
                .collect();
            if sorted {
                names.sort();
            }
            for name in names {
                // A leading dot must be matched explicitly.
                if name.starts_with(b".") && !comp.starts_with(b".") {
                    continue;
                }
                if matches(comp, &name, escape, false) {
                    let p = join(&name);
                    if last || std::fs::metadata(super::file::path_of(&p)).is_ok_and(|m| m.is_dir())
                    {
                        next.push(p);
                    }
                }
            }
        }
        found = next;
    }
    if comps.is_empty() {
        return Vec::new();
    }
    found
}

fn glob(vm: &mut Vm, args: &mut [Value]) -> R {
    let pat = arg_path(vm, args, 0, "glob")?;
    let flags = opt_long(vm, args, 1, "glob", 0)?;
    let escape = flags & GLOB_NOESCAPE == 0;
    let patterns = if flags & GLOB_BRACE != 0 {
        expand_braces(&pat)
    } else {
        vec![pat.to_vec()]
    };
    let mut out: Vec<Vec<u8>> = Vec::new();
    for p in &patterns {
        let sorted = flags & GLOB_NOSORT == 0;
        let mut found = walk(p, escape, sorted);
        if sorted {
            found.sort();
        }
        for f in found {
            let is_dir = std::fs::metadata(super::file::path_of(&f)).is_ok_and(|m| m.is_dir());
            if flags & GLOB_ONLYDIR != 0 && !is_dir {
                continue;
            }
            let mut f = f;
            if flags & GLOB_MARK != 0 && is_dir && !f.ends_with(b"/") {
                f.push(b'/');
            }
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    if out.is_empty() && flags & GLOB_NOCHECK != 0 {
        out.push(pat.to_vec());
    }
    Ok(Value::from(PhpArray::from_list(
        out.into_iter().map(Value::from).collect(),
    )))
}

fn fnmatch(vm: &mut Vm, args: &mut [Value]) -> R {
    let pat = arg_path(vm, args, 0, "fnmatch")?;
    let name = arg_path(vm, args, 1, "fnmatch")?;
    let flags = opt_long(vm, args, 2, "fnmatch", 0)?;
    // php's MAXPATHLEN bounds both.
    const MAXPATHLEN: usize = 4096;
    for (what, len) in [("Filename", name.len()), ("Pattern", pat.len())] {
        if len >= MAXPATHLEN {
            vm.warning(&format!(
                "fnmatch(): {what} exceeds the maximum allowed length of {MAXPATHLEN} characters"
            ));
            return Ok(Value::False);
        }
    }
    let escape = flags & FNM_NOESCAPE == 0;
    let casefold = flags & FNM_CASEFOLD != 0;
    if flags & FNM_PERIOD != 0 && name.starts_with(b".") && !pat.starts_with(b".") {
        return Ok(Value::False);
    }
    if flags & FNM_PATHNAME != 0 {
        // `/` must be matched by a `/`: compare component by component.
        let (pc, nc): (Vec<&[u8]>, Vec<&[u8]>) = (
            pat.split(|&b| b == b'/').collect(),
            name.split(|&b| b == b'/').collect(),
        );
        return Ok(Value::from(
            pc.len() == nc.len()
                && pc
                    .iter()
                    .zip(&nc)
                    .all(|(p, n)| matches(p, n, escape, casefold)),
        ));
    }
    Ok(Value::from(matches(&pat, &name, escape, casefold)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(matches(b"*.txt", b"a.txt", true, false));
        assert!(!matches(b"*.txt", b"a.txt.bak", true, false));
        assert!(matches(b"[a-c]?", b"bz", true, false));
        assert!(matches(b"[!a-c]*", b"dz", true, false));
        assert!(!matches(b"[!a-c]*", b"az", true, false));
        assert!(matches(b"a\\*", b"a*", true, false));
        assert!(!matches(b"a\\*", b"ab", true, false));
        assert!(matches(b"*a*b*", b"xxaybz", true, false));
        assert!(matches(b"A*", b"abc", true, true));
        assert!(matches(b"[x", b"[x", true, false));
        assert_eq!(
            expand_braces(b"{a,b{c,d}}.e"),
            [b"a.e".to_vec(), b"bc.e".to_vec(), b"bd.e".to_vec()]
        );
    }
}
