//! User-space stream wrappers (`stream_wrapper_register`, php's `main/streams/userspace.c`):
//! a URL whose scheme names a registered class opens an instance of it, and the stream
//! and file functions call its `stream_*`, `url_stat`, `unlink`, `dir_*`… methods.
//! Also the registry of which built-in wrappers are switched off
//! (`stream_wrapper_unregister`/`stream_wrapper_restore`).

use std::rc::Rc;

use crate::array::PhpArray;
use crate::class::ClassEntry;
use crate::object::PhpObject;
use crate::resource::ResourceKind;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_long};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "stream_wrapper_register",
        stream_wrapper_register,
        &["protocol", "class", "flags"],
        2,
    ),
    func(
        "stream_register_wrapper",
        stream_register_wrapper,
        &["protocol", "class", "flags"],
        2,
    ),
    func(
        "stream_wrapper_unregister",
        stream_wrapper_unregister,
        &["protocol"],
        1,
    ),
    func(
        "stream_wrapper_restore",
        stream_wrapper_restore,
        &["protocol"],
        1,
    ),
    func("stream_get_wrappers", stream_get_wrappers, &[], 0),
];

/// The wrappers php-cli has built in here, in `stream_get_wrappers()` order.
const BUILT_IN: &[&str] = &[
    "https",
    "ftps",
    "compress.zlib",
    "php",
    "file",
    "glob",
    "data",
    "http",
    "ftp",
];

/// The request's wrapper table: user classes by scheme, and built-in schemes that
/// were unregistered (or replaced by a user class).
#[derive(Default)]
pub struct Wrappers {
    /// scheme, class, and whether it was registered with STREAM_IS_URL.
    user: Vec<(Vec<u8>, Rc<ClassEntry>, bool)>,
    disabled: Vec<Vec<u8>>,
    /// `FG(default_context)`: the context a wrapper object sees when none was given.
    pub(crate) default_context: Option<Value>,
    /// The context the running built-in was given (its wrapper object's `context`).
    pub(crate) context: Option<Value>,
    /// The built-in running a wrapper's methods, which names their warnings.
    pub func: String,
    /// That built-in's arguments when known, for traces of exceptions thrown in the
    /// wrapper (`#1 f.php(3): fopen('x://y', 'r')`).
    pub(crate) caller_args: Option<Vec<Value>>,
    /// `stream_filter_register`'s filters, and the last filter id given out.
    pub filters: super::stream_filter::UserFilters,
    pub next_filter: i64,
    /// The last successful `url_stat` (php's stat cache): path, lstat or not, result.
    stat_cache: Option<(Vec<u8>, bool, [i64; 13])>,
}

impl Wrappers {
    pub fn clear_stat_cache(&mut self) {
        self.stat_cache = None;
    }
}

/// The scheme of `name` if it has one as php sees it (`php_stream_locate_url_wrapper`):
/// two or more of `[A-Za-z0-9+.-]` before `://`.
pub(crate) fn scheme(name: &[u8]) -> Option<&[u8]> {
    let n = name
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-')))?;
    (n > 1 && name[n..].starts_with(b"://")).then(|| &name[..n])
}

/// How `name` is opened: by a user class, or by a built-in wrapper that was switched
/// off (`Err` holding its scheme), or as usual (`Ok(None)`).
pub(crate) enum Route {
    Usual,
    User(Rc<ClassEntry>),
    Disabled(Vec<u8>),
}

impl Vm {
    pub(crate) fn stream_route(&self, name: &[u8]) -> Route {
        let Some(s) = scheme(name) else {
            return Route::Usual;
        };
        let w = &self.stream_wrappers;
        let find = |s: &[u8]| {
            w.user
                .iter()
                .find(|(k, ..)| k == s)
                .map(|(_, c, _)| c.clone())
        };
        if let Some(c) = find(s).or_else(|| find(&s.to_ascii_lowercase())) {
            return Route::User(c);
        }
        if w.disabled.iter().any(|d| d.eq_ignore_ascii_case(s)) {
            return Route::Disabled(s.to_vec());
        }
        Route::Usual
    }

    /// The running built-in's arguments, for traces through its wrapper's methods.
    pub(crate) fn wrapper_caller(&mut self, f: &str, args: &[Value]) {
        self.stream_wrappers.func = f.to_string();
        self.stream_wrappers.caller_args = Some(args.iter().map(Value::deref).collect());
    }

    /// The context argument of the running built-in, for a wrapper object it makes.
    pub(crate) fn give_context(&mut self, v: Value) {
        let is_context = matches!(&v, Value::Resource(r)
            if matches!(r.kind.try_borrow().as_deref(), Ok(ResourceKind::Context(_))));
        self.stream_wrappers.context = is_context.then_some(v);
    }

    /// Whether `name`'s user wrapper was registered as a URL wrapper (STREAM_IS_URL),
    /// which include refuses while allow_url_include is off.
    pub(crate) fn user_wrapper_is_url(&self, name: &[u8]) -> bool {
        let s = scheme(name).unwrap_or_default();
        let w = &self.stream_wrappers.user;
        w.iter()
            .any(|(k, _, url)| *url && k.eq_ignore_ascii_case(s))
    }

    /// The user class behind `name`, if any.
    pub(crate) fn user_wrapper(&self, name: &[u8]) -> Option<Rc<ClassEntry>> {
        match self.stream_route(name) {
            Route::User(c) => Some(c),
            _ => None,
        }
    }

    /// php's warnings for a switched-off wrapper (`php_stream_locate_url_wrapper`);
    /// the caller then fails with "no suitable wrapper could be found".
    pub(crate) fn warn_disabled_wrapper(&mut self, f: &str, scheme: &[u8]) {
        let s = String::from_utf8_lossy(scheme).into_owned();
        self.warning(&format!(
            "{f}(): Unable to find the wrapper \"{s}\" - did you forget to enable it when you configured PHP?"
        ));
        if s.eq_ignore_ascii_case("file") {
            self.warning(&format!(
                "{f}(): file:// wrapper is disabled in the server configuration"
            ));
        }
    }

    /// A new wrapper object: `context` set (to the default context), then constructed.
    fn wrapper_object(&mut self, class: &Rc<ClassEntry>) -> Result<Rc<PhpObject>, Unwind> {
        let obj = self.instantiate(class)?;
        let context = match self.stream_wrappers.context.take() {
            Some(c) => c,
            None => self.default_context(),
        };
        if class.find_prop("context").is_none() {
            self.new_dynamic_prop(&obj, "context")?;
        }
        obj.set_prop("context", context);
        if class.magic.construct.is_some() {
            self.call_method(&obj, "__construct", Vec::new())?;
        }
        Ok(obj)
    }
}

/// Call `obj->name(args)` as php's `call_user_function` on a wrapper: `None` when the
/// class has neither the method nor `__call`. An exception thrown is raised after the
/// running built-in returns, and while one waits further calls are skipped (as Zend's).
pub(crate) fn call(
    vm: &mut Vm,
    obj: &Rc<PhpObject>,
    name: &str,
    args: Vec<Value>,
) -> Option<Value> {
    let lc = name.to_ascii_lowercase();
    if obj.class.find_method(lc.as_bytes()).is_none() && obj.class.magic.call.is_none() {
        return None;
    }
    if vm.pending.is_some() {
        return Some(Value::Null);
    }
    let callable = Value::from(PhpArray::from_list(vec![
        Value::Object(obj.clone()),
        Value::from(name),
    ]));
    match in_caller_frame(vm, |vm| vm.call_value(&callable, args)) {
        Ok(v) => Some(v.deref()),
        Err(e) => {
            park(vm, e);
            Some(Value::Null)
        }
    }
}

/// The built-in about to call a wrapper; its arguments are known only when it
/// said them itself (`Vm::wrapper_caller`).
fn set_func(vm: &mut Vm, f: &str) {
    if vm.stream_wrappers.func != f {
        vm.stream_wrappers.caller_args = None;
        vm.stream_wrappers.func = f.to_string();
    }
}

/// A warning named for the built-in that called the wrapper (`fwrite(): …`).
fn warn(vm: &mut Vm, msg: &str) {
    let f = std::mem::take(&mut vm.stream_wrappers.func);
    if f.is_empty() {
        vm.warning(msg);
    } else {
        vm.warning(&format!("{f}(): {msg}"));
    }
    vm.stream_wrappers.func = f;
}

/// Run `op` with the built-in that called the wrapper on the trace stack, so what
/// the wrapper's code throws shows it as php's internal frames do.
fn in_caller_frame<T>(vm: &mut Vm, op: impl FnOnce(&mut Vm) -> T) -> T {
    let spec = super::table()
        .get(vm.stream_wrappers.func.as_bytes())
        .copied()
        .filter(|s| !s.may_call_back());
    let Some(spec) = spec else {
        return op(vm);
    };
    let args = vm.stream_wrappers.caller_args.clone().unwrap_or_default();
    vm.native_calls.push(crate::throwable::NativeCall {
        name: spec.name,
        class: None,
        args,
        depth: vm.frames.len(),
        line: vm.line,
    });
    let r = op(vm);
    vm.native_calls.pop();
    r
}

/// Keep an unwind from a wrapper method for the op that called the built-in.
fn park(vm: &mut Vm, e: Unwind) {
    if let Unwind::Throw(e) = e {
        vm.pending.get_or_insert(e);
        crate::object::request_safe_point();
    }
}

/// A stream opened by a user wrapper: its object.
pub struct UserStream {
    pub obj: Rc<PhpObject>,
}

impl UserStream {
    fn class_name(&self) -> String {
        self.obj.class.name.to_string()
    }

    fn call(&self, vm: &mut Vm, name: &str, args: Vec<Value>) -> Option<Value> {
        call(vm, &self.obj, name, args)
    }

    /// Whether the class answers a method (`lc_name` lowercase), or has `__call`.
    pub(crate) fn has(&self, lc_name: &[u8]) -> bool {
        self.obj.class.find_method(lc_name).is_some() || self.obj.class.magic.call.is_some()
    }

    fn not_implemented(&self, vm: &mut Vm, name: &str, tail: &str) {
        let msg = format!("{}::{name} is not implemented!{tail}", self.class_name());
        warn(vm, &msg);
    }

    /// `stream_read` then `stream_eof`: the bytes (at most `n`) and whether the end
    /// was reached; `Err` when the read failed.
    pub(crate) fn read(&self, vm: &mut Vm, n: usize) -> Result<(Vec<u8>, bool), ()> {
        let got = match self.call(vm, "stream_read", vec![Value::Long(n as i64)]) {
            None => {
                self.not_implemented(vm, "stream_read", "");
                return Err(());
            }
            Some(Value::False) => return Err(()),
            Some(v) => v.to_string_lossy(vm.precision),
        };
        let mut got = got;
        if got.len() > n {
            warn(vm, &format!(
                "{}::stream_read - read {} bytes more data than requested ({} read, {n} max) - excess data will be lost",
                self.class_name(),
                got.len() - n,
                got.len()
            ));
            got.truncate(n);
        }
        let eof = match self.call(vm, "stream_eof", Vec::new()) {
            None => {
                self.not_implemented(vm, "stream_eof", " Assuming EOF");
                true
            }
            Some(v) => v.to_bool(),
        };
        Ok((got, eof))
    }

    /// `stream_write`: how many bytes it took, `Err` for a failure.
    pub(crate) fn write(&self, vm: &mut Vm, bytes: &[u8]) -> Result<usize, ()> {
        match self.call(vm, "stream_write", vec![Value::from(bytes.to_vec())]) {
            None => {
                self.not_implemented(vm, "stream_write", "");
                Err(())
            }
            Some(Value::False) => Err(()),
            Some(v) => {
                let n = v.to_long();
                if n > bytes.len() as i64 {
                    warn(vm, &format!(
                        "{}::stream_write wrote {} bytes more data than requested ({n} written, {} max)",
                        self.class_name(),
                        n - bytes.len() as i64,
                        bytes.len()
                    ));
                    return Ok(bytes.len());
                }
                Ok(n.max(0) as usize)
            }
        }
    }

    /// `stream_seek` then `stream_tell`: the new position; `Err(true)` when the class
    /// cannot seek at all.
    pub(crate) fn seek(&self, vm: &mut Vm, offset: i64, whence: i64) -> Result<i64, bool> {
        let args = vec![Value::Long(offset), Value::Long(whence)];
        match self.call(vm, "stream_seek", args) {
            None => return Err(true),
            Some(v) if !v.to_bool() => return Err(false),
            Some(_) => {}
        }
        match self.call(vm, "stream_tell", Vec::new()) {
            Some(Value::Long(p)) => Ok(p),
            _ => {
                self.not_implemented(vm, "stream_tell", "");
                Err(false)
            }
        }
    }

    /// `feof` with nothing buffered: the stream's own `stream_eof`.
    pub(crate) fn eof(&self, vm: &mut Vm) -> bool {
        match self.call(vm, "stream_eof", Vec::new()) {
            Some(v @ (Value::True | Value::False)) => v.to_bool(),
            _ => {
                self.not_implemented(vm, "stream_eof", " Assuming EOF");
                true
            }
        }
    }

    pub(crate) fn flush(&self, vm: &mut Vm) -> bool {
        self.call(vm, "stream_flush", Vec::new())
            .is_some_and(|v| v.to_bool())
    }

    pub(crate) fn close(&self, vm: &mut Vm) {
        self.call(vm, "stream_close", Vec::new());
    }

    /// `stream_stat` (`fstat`, and sizing reads): the 13 fields.
    pub(crate) fn stat(&self, vm: &mut Vm) -> Option<[i64; 13]> {
        match self.call(vm, "stream_stat", Vec::new()) {
            None => {
                self.not_implemented(vm, "stream_stat", "");
                None
            }
            Some(Value::Array(a)) => Some(stat_from_array(&a)),
            Some(_) => None,
        }
    }

    /// `stream_truncate`: `None` when the class has no such method.
    pub(crate) fn truncate(&self, vm: &mut Vm, size: u64) -> Option<bool> {
        if !self.has(b"stream_truncate") {
            return None;
        }
        match self.call(vm, "stream_truncate", vec![Value::Long(size as i64)]) {
            Some(v @ (Value::True | Value::False)) => Some(v.to_bool()),
            _ => {
                warn(
                    vm,
                    &format!(
                        "{}::stream_truncate did not return a boolean!",
                        self.class_name()
                    ),
                );
                Some(false)
            }
        }
    }

    /// `stream_lock` for `flock`.
    pub(crate) fn lock(&self, vm: &mut Vm, op: i64) -> bool {
        match self.call(vm, "stream_lock", vec![Value::Long(op)]) {
            None => {
                self.not_implemented(vm, "stream_lock", "");
                false
            }
            Some(v) => v.to_bool(),
        }
    }

    /// `stream_set_option`: php's PHP_STREAM_OPTION_RETURN_OK (0), _ERR (-1) or
    /// _NOTIMPL (-2, with a warning).
    pub(crate) fn set_option(&self, vm: &mut Vm, option: i64, a1: i64, a2: Value) -> i64 {
        let args = vec![Value::Long(option), Value::Long(a1), a2];
        match self.call(vm, "stream_set_option", args) {
            None => {
                self.not_implemented(vm, "stream_set_option", "");
                -2
            }
            Some(v) if v.to_bool() => 0,
            Some(_) => -1,
        }
    }
}

/// The stat fields from a wrapper's array (missing ones are 0).
fn stat_from_array(a: &PhpArray) -> [i64; 13] {
    const NAMES: [&str; 13] = [
        "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size", "atime", "mtime", "ctime",
        "blksize", "blocks",
    ];
    let mut out = [0; 13];
    for (slot, name) in out.iter_mut().zip(NAMES) {
        if let Some(v) = a.get(&ArrayKey::from_bytes(name.as_bytes())) {
            *slot = v.to_long();
        }
    }
    out
}

/// What opening a URL through a user class gives.
pub(crate) fn open(
    vm: &mut Vm,
    f: &str,
    class: &Rc<ClassEntry>,
    url: &[u8],
    mode: &[u8],
    options: i64,
) -> Result<UserStream, String> {
    set_func(vm, f);
    let failed = || format!("\"{}::stream_open\" call failed", class.name);
    let obj = match in_caller_frame(vm, |vm| vm.wrapper_object(class)) {
        Ok(o) => o,
        Err(e) => {
            park(vm, e);
            return Err(failed());
        }
    };
    let args = vec![
        Value::from(url.to_vec()),
        Value::from(mode.to_vec()),
        Value::Long(options),
        // &$opened_path
        Value::Reference(Rc::new(std::cell::RefCell::new(Value::Null))),
    ];
    match call(vm, &obj, "stream_open", args) {
        Some(v) if v.to_bool() => Ok(UserStream { obj }),
        _ => Err(failed()),
    }
}

/// A directory opened by a user class (`dir_opendir`).
pub(crate) fn open_dir(
    vm: &mut Vm,
    f: &str,
    class: &Rc<ClassEntry>,
    url: &[u8],
) -> Result<UserStream, String> {
    set_func(vm, f);
    let failed = || format!("\"{}::dir_opendir\" call failed", class.name);
    let obj = match in_caller_frame(vm, |vm| vm.wrapper_object(class)) {
        Ok(o) => o,
        Err(e) => {
            park(vm, e);
            return Err(failed());
        }
    };
    let args = vec![Value::from(url.to_vec()), Value::Long(0)];
    match call(vm, &obj, "dir_opendir", args) {
        Some(v) if v.to_bool() => Ok(UserStream { obj }),
        _ => Err(failed()),
    }
}

impl UserStream {
    /// `dir_readdir`: the next name, `None` at the end.
    pub(crate) fn read_dir(&self, vm: &mut Vm) -> Option<Vec<u8>> {
        match self.call(vm, "dir_readdir", Vec::new()) {
            None => {
                self.not_implemented(vm, "dir_readdir", "");
                None
            }
            Some(Value::False) | Some(Value::Null) => None,
            Some(v) => Some(v.to_string_lossy(vm.precision)),
        }
    }

    pub(crate) fn rewind_dir(&self, vm: &mut Vm) {
        if self.call(vm, "dir_rewinddir", Vec::new()).is_none() {
            self.not_implemented(vm, "dir_rewinddir", "");
        }
    }

    pub(crate) fn close_dir(&self, vm: &mut Vm) {
        self.call(vm, "dir_closedir", Vec::new());
    }
}

/// A URL operation on a fresh wrapper object (`unlink`, `rename`, `mkdir`, `rmdir`,
/// `stream_metadata`): its result as a bool, php's warning when it is missing.
/// `f` names the PHP function for the warning.
pub(crate) fn url_op(
    vm: &mut Vm,
    f: &str,
    class: &Rc<ClassEntry>,
    method: &str,
    args: Vec<Value>,
) -> Result<bool, Unwind> {
    set_func(vm, f);
    let obj = in_caller_frame(vm, |vm| vm.wrapper_object(class))?;
    match call(vm, &obj, method, args) {
        None => {
            warn(vm, &format!("{}::{method} is not implemented!", class.name));
            Ok(false)
        }
        Some(v) => Ok(matches!(v, Value::True)),
    }
}

/// `url_stat` (`stat`, `file_exists`…): the fields, or `None`. `link` for `lstat`,
/// `quiet` for the tests that fail silently. Successful results are cached per path.
pub(crate) fn url_stat(
    vm: &mut Vm,
    f: &str,
    class: &Rc<ClassEntry>,
    url: &[u8],
    link: bool,
    quiet: bool,
) -> Result<Option<[i64; 13]>, Unwind> {
    set_func(vm, f);
    if let Some((p, l, st)) = &vm.stream_wrappers.stat_cache {
        if p == url && *l == link {
            return Ok(Some(*st));
        }
    }
    let obj = in_caller_frame(vm, |vm| vm.wrapper_object(class))?;
    // PHP_STREAM_URL_STAT_LINK, _QUIET, and IGNORE_OPEN_BASEDIR (always set here).
    let flags = i64::from(link) | if quiet { 2 } else { 0 } | 4;
    let args = vec![Value::from(url.to_vec()), Value::Long(flags)];
    match call(vm, &obj, "url_stat", args) {
        None => {
            warn(vm, &format!("{}::url_stat is not implemented!", class.name));
            Ok(None)
        }
        Some(Value::Array(a)) => {
            let st = stat_from_array(&a);
            vm.stream_wrappers.stat_cache = Some((url.to_vec(), link, st));
            Ok(Some(st))
        }
        Some(_) => Ok(None),
    }
}

fn register(vm: &mut Vm, args: &mut [Value], f: &str) -> R {
    let protocol = arg_str(vm, args, 0, f)?;
    let class_name = arg_str(vm, args, 1, f)?;
    // STREAM_IS_URL
    let is_url = opt_long(vm, args, 2, f, 0)? & 1 != 0;
    let Some(class) = vm.lookup_class(&class_name)? else {
        return Err(vm.throw_error(
            "TypeError",
            format!(
                "{f}(): Argument #2 ($class) must be a valid class name, {} given",
                String::from_utf8_lossy(&class_name)
            ),
        ));
    };
    let valid = protocol
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'));
    if !valid || protocol.is_empty() {
        vm.warning(&format!(
            "{f}(): Invalid protocol scheme specified. Unable to register wrapper class {} to {}://",
            class.name,
            String::from_utf8_lossy(&protocol)
        ));
        return Ok(Value::False);
    }
    let w = &vm.stream_wrappers;
    let taken = w.user.iter().any(|(k, ..)| **k == *protocol)
        || (BUILT_IN.iter().any(|b| b.as_bytes() == *protocol)
            && !w.disabled.iter().any(|d| **d == *protocol));
    if taken {
        vm.warning(&format!(
            "{f}(): Protocol {}:// is already defined.",
            String::from_utf8_lossy(&protocol)
        ));
        return Ok(Value::False);
    }
    vm.stream_wrappers
        .user
        .push((protocol.to_vec(), class, is_url));
    // php keeps the wrapper as a resource of its own.
    vm.next_resource_id += 1;
    Ok(Value::True)
}

fn stream_wrapper_register(vm: &mut Vm, args: &mut [Value]) -> R {
    register(vm, args, "stream_wrapper_register")
}

fn stream_register_wrapper(vm: &mut Vm, args: &mut [Value]) -> R {
    register(vm, args, "stream_register_wrapper")
}

fn stream_wrapper_unregister(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_wrapper_unregister";
    let protocol = arg_str(vm, args, 0, F)?;
    let w = &mut vm.stream_wrappers;
    if let Some(i) = w.user.iter().position(|(k, ..)| **k == *protocol) {
        w.user.remove(i);
        return Ok(Value::True);
    }
    let built_in = BUILT_IN.iter().any(|b| b.as_bytes() == *protocol);
    if built_in && !w.disabled.iter().any(|d| **d == *protocol) {
        w.disabled.push(protocol.to_vec());
        return Ok(Value::True);
    }
    vm.warning(&format!(
        "{F}(): Unable to unregister protocol {}://",
        String::from_utf8_lossy(&protocol)
    ));
    Ok(Value::False)
}

fn stream_wrapper_restore(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_wrapper_restore";
    let protocol = arg_str(vm, args, 0, F)?;
    let shown = String::from_utf8_lossy(&protocol).into_owned();
    if !BUILT_IN.iter().any(|b| b.as_bytes() == *protocol) {
        vm.warning(&format!(
            "{F}(): {shown}:// never existed, nothing to restore"
        ));
        return Ok(Value::False);
    }
    let w = &mut vm.stream_wrappers;
    let replaced = w.user.iter().position(|(k, ..)| **k == *protocol);
    let disabled = w.disabled.iter().position(|d| **d == *protocol);
    if replaced.is_none() && disabled.is_none() {
        vm.notice(&format!(
            "{F}(): {shown}:// was never changed, nothing to restore"
        ));
        return Ok(Value::True);
    }
    if let Some(i) = replaced {
        w.user.remove(i);
    }
    if let Some(i) = disabled {
        w.disabled.remove(i);
    }
    Ok(Value::True)
}

fn stream_get_wrappers(vm: &mut Vm, _args: &mut [Value]) -> R {
    let w = &vm.stream_wrappers;
    let mut names: Vec<Value> = BUILT_IN
        .iter()
        .filter(|b| !w.disabled.iter().any(|d| **d == *b.as_bytes()))
        .map(|b| Value::from(*b))
        .collect();
    names.extend(w.user.iter().map(|(k, ..)| Value::from(k.clone())));
    Ok(Value::from(PhpArray::from_list(names)))
}

#[cfg(test)]
mod tests {
    use super::scheme;

    #[test]
    fn schemes_as_php_finds_them() {
        assert_eq!(scheme(b"var://x"), Some(&b"var"[..]));
        assert_eq!(scheme(b"compress.zlib://f"), Some(&b"compress.zlib"[..]));
        // One letter is a drive or a plain name, not a scheme.
        assert_eq!(scheme(b"w://x"), None);
        assert_eq!(scheme(b"/tmp/a://b"), None);
        assert_eq!(scheme(b"var:/x"), None);
    }
}
