//! The process and the script set: `getmypid`, `sleep`, `usleep`, the include path,
//! `get_included_files` and `getopt`.

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func, has, set_ref, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("getmypid", getmypid, &[], 0),
    func("sleep", sleep, &["seconds"], 1),
    func("usleep", usleep, &["microseconds"], 1),
    func(
        "time_nanosleep",
        time_nanosleep,
        &["seconds", "nanoseconds"],
        2,
    ),
    func("time_sleep_until", time_sleep_until, &["timestamp"], 1),
    func("get_include_path", get_include_path, &[], 0),
    func("set_include_path", set_include_path, &["include_path"], 1),
    func("get_included_files", get_included_files, &[], 0),
    func("get_required_files", get_included_files, &[], 0),
    func("php_uname", php_uname, &["mode"], 0),
    func("gethostname", gethostname, &[], 0),
    func("putenv", putenv, &["assignment"], 1),
    func("dl", dl, &["extension_filename"], 1),
    func(
        "getopt",
        getopt,
        &["short_options", "long_options", "rest_index"],
        1,
    )
    .with_by_ref(&[2]),
];

/// `putenv("NAME=value")` sets a variable of the process's environment (`getenv` reads
/// it back), `putenv("NAME")` removes it.
fn putenv(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let assignment = arg_str(vm, args, 0, "putenv")?;
    let (name, value) = match memchr::memchr(b'=', &assignment) {
        Some(eq) => (&assignment[..eq], Some(&assignment[eq + 1..])),
        None => (&assignment[..], None),
    };
    if name.is_empty() {
        return Err(value_error(vm, "putenv", 0, "must have a valid syntax"));
    }
    // The C string PHP hands to putenv() ends at a NUL byte.
    let cut = |b: &[u8]| b.split(|&c| c == 0).next().unwrap_or_default().to_vec();
    let name = cut(name);
    if name.is_empty() {
        return Ok(Value::False);
    }
    match value {
        Some(v) => std::env::set_var(OsStr::from_bytes(&name), OsStr::from_bytes(&cut(v))),
        None => std::env::remove_var(OsStr::from_bytes(&name)),
    }
    Ok(Value::True)
}

/// `dl()`: miniphp loads no extension; the checks and the warning are PHP's.
fn dl(vm: &mut Vm, args: &mut [Value]) -> R {
    const MAXPATHLEN: usize = 4096;
    let name = arg_str(vm, args, 0, "dl")?;
    let enabled = vm
        .ini_get("enable_dl")
        .is_none_or(|v| Value::from(v).to_bool());
    let msg = if !enabled {
        "Dynamically loaded extensions aren't enabled".to_string()
    } else if name.len() >= MAXPATHLEN {
        format!("Filename exceeds the maximum allowed length of {MAXPATHLEN} characters")
    } else if name.contains(&b'/') {
        "Temporary module name should contain only filename".to_string()
    } else {
        let dir = vm
            .ini_get("extension_dir")
            .unwrap_or("/usr/lib/php/20220829");
        let name = String::from_utf8_lossy(&name);
        let tried = |p: String| {
            format!("{p} ({p}: cannot open shared object file: No such file or directory)")
        };
        format!(
            "Unable to load dynamic library '{name}' (tried: {}, {})",
            tried(format!("{dir}/{name}")),
            tried(format!("{dir}/{name}.so"))
        )
    };
    vm.warning(&format!("dl(): {msg}"));
    Ok(Value::False)
}

/// An option getopt() knows: a short one (`opt_char`) or a long one (`name`);
/// `param`: 0 none, 1 required (`:`), 2 optional (`::`).
struct OptSpec {
    opt_char: u8,
    name: Option<Vec<u8>>,
    param: u8,
}

/// `parse_opts`: letters and digits, each followed by `:` or `::`; parsing stops at
/// the first other character.
fn short_options(s: &[u8]) -> Vec<OptSpec> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = s.get(i).filter(|c| c.is_ascii_alphanumeric()) {
        i += 1;
        let mut param = 0;
        if s.get(i) == Some(&b':') {
            param = 1;
            i += 1;
            if s.get(i) == Some(&b':') {
                param = 2;
                i += 1;
            }
        }
        out.push(OptSpec {
            opt_char: c,
            name: None,
            param,
        });
    }
    out
}

/// What one step of the scan found.
enum Found {
    End,
    /// An unknown option or a missing value: skipped.
    Invalid,
    Opt(usize, Option<Vec<u8>>),
}

/// `php_getopt`'s scan state: the argument, and the position in a group of short
/// options (`-abc`).
struct Scan<'a> {
    argv: &'a [Vec<u8>],
    opts: &'a [OptSpec],
    optind: usize,
    optchr: usize,
    dash: bool,
}

impl Scan<'_> {
    fn byte(&self, i: usize) -> u8 {
        self.argv[self.optind].get(i).copied().unwrap_or(0)
    }

    fn next(&mut self) -> Found {
        if self.optind >= self.argv.len() {
            return Found::End;
        }
        if !self.dash && (self.byte(0) != b'-' || self.byte(1) == 0) {
            return Found::End;
        }
        let long = self.byte(0) == b'-' && self.byte(1) == b'-';
        let (idx, mut arg_start) = if long {
            let arg = &self.argv[self.optind];
            if arg.len() == 2 {
                // `--` ends the options.
                self.optind += 1;
                return Found::End;
            }
            // php_getopt looks for `=` before the last byte only: `--name=` names "name=".
            let (name, value_at) = match arg[2..arg.len() - 1].iter().position(|&c| c == b'=') {
                Some(eq) => (&arg[2..2 + eq], 3 + eq),
                None => (&arg[2..], arg.len()),
            };
            let Some(idx) = self
                .opts
                .iter()
                .position(|o| o.name.as_deref() == Some(name))
            else {
                self.optind += 1;
                return Found::Invalid;
            };
            self.optchr = 0;
            self.dash = false;
            (idx, value_at)
        } else {
            if !self.dash {
                self.dash = true;
                self.optchr = 1;
            }
            let c = self.byte(self.optchr);
            if c == b':' {
                self.dash = false;
                self.optind += 1;
                return Found::Invalid;
            }
            let Some(idx) = self
                .opts
                .iter()
                .position(|o| o.name.is_none() && o.opt_char == c)
            else {
                if self.byte(self.optchr + 1) == 0 {
                    self.dash = false;
                    self.optind += 1;
                } else {
                    self.optchr += 1;
                }
                return Found::Invalid;
            };
            (idx, 1 + self.optchr)
        };
        let param = self.opts[idx].param;
        if param == 0 {
            if !long && self.byte(self.optchr + 1) != 0 {
                self.optchr += 1;
            } else {
                self.dash = false;
                self.optind += 1;
            }
            return Found::Opt(idx, None);
        }
        self.dash = false;
        if self.byte(arg_start) == 0 {
            // `-b value`: only a required value is taken from the next argument.
            self.optind += 1;
            if self.optind == self.argv.len() {
                return if param == 1 {
                    Found::Invalid
                } else {
                    Found::Opt(idx, None)
                };
            }
            if param == 1 {
                self.optind += 1;
                return Found::Opt(idx, Some(self.argv[self.optind - 1].clone()));
            }
            return Found::Opt(idx, None);
        }
        if self.byte(arg_start) == b'=' {
            arg_start += 1;
        }
        let value = self.argv[self.optind][arg_start..].to_vec();
        self.optind += 1;
        Found::Opt(idx, Some(value))
    }
}

/// `getopt($short_options, $long_options = [], &$rest_index = null)`: parses
/// `$_SERVER['argv']` (else the global `$argv`) from its second entry.
fn getopt(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "getopt";
    let short = arg_str(vm, args, 0, F)?;
    if has(args, 2) {
        set_ref(args, 2, Value::Long(1));
    }
    let server_argv = match global(vm, "_SERVER") {
        Value::Array(s) => s.get(&ArrayKey::from_bytes(b"argv")).map(Value::deref),
        _ => None,
    };
    let argv = match server_argv.unwrap_or_else(|| global(vm, "argv")) {
        Value::Array(a) => a,
        _ => return Ok(Value::False),
    };
    let mut list = Vec::with_capacity(argv.len());
    for v in argv.values() {
        list.push(v.to_php_string(vm)?.to_vec());
    }
    let mut opts = short_options(&short);
    if has(args, 1) {
        let long = super::args::arg_array(vm, args, 1, F)?;
        for v in long.values() {
            let mut name = v.to_php_string(vm)?.to_vec();
            let mut param = 0;
            while param < 2 && name.last() == Some(&b':') {
                name.pop();
                param += 1;
            }
            opts.push(OptSpec {
                opt_char: 0,
                name: Some(name),
                param,
            });
        }
    }
    let mut scan = Scan {
        argv: &list,
        opts: &opts,
        optind: 1,
        optchr: 0,
        dash: false,
    };
    let mut out = PhpArray::new();
    loop {
        let (idx, value) = match scan.next() {
            Found::End => break,
            Found::Invalid => continue,
            Found::Opt(idx, value) => (idx, value),
        };
        let o = &opts[idx];
        let key = match &o.name {
            Some(n) => ArrayKey::from_bytes(n),
            None => ArrayKey::from_bytes(&[o.opt_char]),
        };
        let value = value.map_or(Value::False, Value::from);
        // A repeated option collects its values in a list.
        match out.get(&key).cloned() {
            None => out.insert(key, value),
            Some(Value::Array(mut list)) => {
                let _ = std::rc::Rc::make_mut(&mut list).push(value);
                out.insert(key, Value::Array(list));
            }
            Some(first) => out.insert(key, Value::from(PhpArray::from_list(vec![first, value]))),
        }
    }
    if has(args, 2) {
        set_ref(args, 2, Value::Long(scan.optind as i64));
    }
    Ok(Value::from(out))
}

/// A global variable's value (null when unset).
fn global(vm: &Vm, name: &str) -> Value {
    match vm.global_slot(name.as_bytes()) {
        Some(slot) => vm.stack[slot].deref(),
        None => vm
            .global_syms
            .get(&ArrayKey::from_bytes(name.as_bytes()))
            .map_or(Value::Null, Value::deref),
    }
}

/// A field of uname(2), as the kernel publishes it under /proc/sys/kernel.
fn kernel_field(name: &str) -> String {
    std::fs::read_to_string(format!("/proc/sys/kernel/{name}"))
        .map(|s| s.trim_end().to_string())
        .unwrap_or_default()
}

/// `php_uname($mode)`: `s`ystem, `n`ode, `r`elease, `v`ersion, `m`achine, or `a`ll.
fn php_uname(vm: &mut Vm, args: &mut [Value]) -> R {
    let mode = super::args::opt_str(vm, args, 0, "php_uname", b"a")?;
    let field = |c: u8| match c {
        b's' => kernel_field("ostype"),
        b'n' => kernel_field("hostname"),
        b'r' => kernel_field("osrelease"),
        b'v' => kernel_field("version"),
        _ => std::env::consts::ARCH.to_string(),
    };
    // PHP 8.2 looks at the first character only.
    let text = match mode.first() {
        Some(&c @ (b's' | b'n' | b'r' | b'v' | b'm')) => field(c),
        _ => [b's', b'n', b'r', b'v', b'm'].map(field).join(" "),
    };
    Ok(Value::from(text))
}

fn gethostname(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::from(kernel_field("hostname")))
}

fn getmypid(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::Long(i64::from(std::process::id())))
}

fn sleep(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_long(vm, args, 0, "sleep")?;
    if s < 0 {
        return Err(value_error(
            vm,
            "sleep",
            0,
            "must be greater than or equal to 0",
        ));
    }
    vm.pause(
        "sleep",
        Value::Long(s),
        std::time::Duration::from_secs(s as u64),
    );
    Ok(Value::Long(0))
}

fn usleep(vm: &mut Vm, args: &mut [Value]) -> R {
    let us = arg_long(vm, args, 0, "usleep")?;
    if us < 0 {
        return Err(value_error(
            vm,
            "usleep",
            0,
            "must be greater than or equal to 0",
        ));
    }
    vm.pause(
        "usleep",
        Value::Long(us),
        std::time::Duration::from_micros(us as u64),
    );
    Ok(Value::Null)
}

fn time_nanosleep(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "time_nanosleep";
    let secs = arg_long(vm, args, 0, F)?;
    let nanos = arg_long(vm, args, 1, F)?;
    for (i, n) in [secs, nanos].into_iter().enumerate() {
        if n < 0 {
            return Err(value_error(vm, F, i, "must be greater than or equal to 0"));
        }
    }
    // nanosleep(2)'s EINVAL.
    if nanos > 999_999_999 {
        return Err(super::args::plain_value_error(
            vm,
            "Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative".into(),
        ));
    }
    let d = std::time::Duration::new(secs as u64, nanos as u32);
    vm.pause(F, Value::Long(secs), d);
    Ok(Value::True)
}

fn time_sleep_until(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "time_sleep_until";
    let target = super::args::arg_double(vm, args, 0, F)?;
    let top = (u64::MAX / 1_000_000_000) as f64;
    if !(0.0..=top).contains(&target) {
        return Err(value_error(
            vm,
            F,
            0,
            &format!("must be between 0 and {}", top as u64),
        ));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let target = std::time::Duration::from_nanos((target * 1e9) as u64);
    let Some(left) = target.checked_sub(now) else {
        vm.warning(&format!(
            "{F}(): Argument #1 ($timestamp) must be greater than or equal to the current time"
        ));
        return Ok(Value::False);
    };
    vm.pause(F, Value::Double(target.as_secs_f64()), left);
    Ok(Value::True)
}

fn get_include_path(vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::from(vm.ini_get("include_path").unwrap_or_default()))
}

fn set_include_path(vm: &mut Vm, args: &mut [Value]) -> R {
    let path = arg_str(vm, args, 0, "set_include_path")?;
    if path.is_empty() {
        return Ok(Value::False);
    }
    let old = vm.set_ini("include_path", String::from_utf8_lossy(&path).into_owned());
    Ok(old.map_or(Value::False, Value::from))
}

/// The main script and every file included so far, in load order, once each.
fn get_included_files(vm: &mut Vm, _args: &mut [Value]) -> R {
    let mut seen: Vec<String> = Vec::new();
    for s in &vm.scripts {
        let p = s.path.to_string();
        if !seen.contains(&p) && std::path::Path::new(&p).is_absolute() {
            seen.push(p);
        }
    }
    Ok(Value::from(PhpArray::from_list(
        seen.into_iter().map(Value::from).collect(),
    )))
}
