//! Whole-file and path functions (`file_get_contents`, `file_put_contents`, `file`,
//! `unlink`, `basename`, `dirname`, `pathinfo`, `is_file`…), with PHP's warnings.
//! `php://` names go through the stream layer (`builtins/streams.rs`).

use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::resource::ResourceKind;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, opt_bool, opt_long, opt_str, value_error};
use super::streams::{arg_open_path, arg_path, via_include_path};
use super::string::join_values;
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "file_get_contents",
        file_get_contents,
        &[
            "filename",
            "use_include_path",
            "context",
            "offset",
            "length",
        ],
        1,
    ),
    func(
        "file_put_contents",
        file_put_contents,
        &["filename", "data", "flags", "context"],
        2,
    ),
    func("file", file, &["filename", "flags", "context"], 1),
    func("unlink", unlink, &["filename", "context"], 1),
    func("file_exists", file_exists, &["filename"], 1),
    func("is_file", is_file, &["filename"], 1),
    func("is_dir", is_dir, &["filename"], 1),
    func("is_readable", is_readable, &["filename"], 1),
    func("is_writable", is_writable, &["filename"], 1),
    func("is_writeable", is_writable, &["filename"], 1),
    func("filesize", filesize, &["filename"], 1),
    func(
        "mkdir",
        mkdir,
        &["directory", "permissions", "recursive", "context"],
        1,
    ),
    func("rmdir", rmdir, &["directory", "context"], 1),
    func("basename", basename, &["path", "suffix"], 1),
    func("dirname", dirname, &["path", "levels"], 1),
    func("pathinfo", pathinfo, &["path", "flags"], 1),
    func("sys_get_temp_dir", sys_get_temp_dir, &[], 0),
    func("touch", touch, &["filename", "mtime", "atime"], 1),
    func("copy", copy, &["from", "to", "context"], 2),
    func("rename", rename, &["from", "to", "context"], 2),
    func("realpath", realpath, &["path"], 1),
    func("stat", stat, &["filename"], 1),
    func("lstat", lstat, &["filename"], 1),
    func("filemtime", filemtime, &["filename"], 1),
    func("fileatime", fileatime, &["filename"], 1),
    func("filectime", filectime, &["filename"], 1),
    func("fileperms", fileperms, &["filename"], 1),
    func("fileinode", fileinode, &["filename"], 1),
    func("fileowner", fileowner, &["filename"], 1),
    func("filegroup", filegroup, &["filename"], 1),
    func("filetype", filetype, &["filename"], 1),
    func("is_link", is_link, &["filename"], 1),
    func("is_executable", is_executable, &["filename"], 1),
    func("chmod", chmod, &["filename", "permissions"], 2),
    func(
        "clearstatcache",
        clearstatcache,
        &["clear_realpath_cache", "filename"],
        0,
    ),
    func("getcwd", getcwd, &[], 0),
    func("chdir", chdir, &["directory"], 1),
    func("symlink", symlink, &["target", "link"], 2),
    func("link", link, &["target", "link"], 2),
    func("readlink", readlink, &["path"], 1),
];

type R = Result<Value, Unwind>;

const FILE_USE_INCLUDE_PATH: i64 = 1;
const FILE_IGNORE_NEW_LINES: i64 = 2;
const FILE_SKIP_EMPTY_LINES: i64 = 4;
const FILE_APPEND: i64 = 8;
/// The largest flags `file()` takes: FILE_USE_INCLUDE_PATH, FILE_IGNORE_NEW_LINES,
/// FILE_SKIP_EMPTY_LINES and FILE_NO_DEFAULT_CONTEXT (16) together.
const FILE_ALL_FLAGS: i64 = 23;

/// The OS error as C's `strerror` words it ("No such file or directory").
pub(crate) fn strerror(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The local path a file name stands for: a `file://` URL's path, else the name.
pub(crate) fn path_of(bytes: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    let local = super::streams::file_url_path(bytes).unwrap_or(bytes);
    Path::new(std::ffi::OsStr::from_bytes(local))
}

fn shown(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

fn file_get_contents(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "file_get_contents";
    let name = arg_open_path(vm, args, 0, F)?;
    let path = if opt_bool(vm, args, 1, F, false)? {
        via_include_path(vm, &name)
    } else {
        name.to_vec()
    };
    let offset = opt_long(vm, args, 3, F, 0)?;
    let length = match get(args, 4) {
        Value::Null | Value::Undef => None,
        _ => Some(opt_long(vm, args, 4, F, 0)?),
    };
    if length.is_some_and(|l| l < 0) {
        return Err(value_error(vm, F, 4, "must be greater than or equal to 0"));
    }
    vm.give_context(get(args, 2));
    vm.wrapper_caller(F, args);
    let read = vm.read_whole(&path, F);
    vm.stream_wrappers.context = None;
    match read {
        Ok(data) => {
            let start = if offset < 0 {
                // A seek before the start fails (one past the end reads nothing).
                if offset.unsigned_abs() > data.len() as u64 {
                    vm.warning(&format!(
                        "{F}(): Failed to seek to position {offset} in the stream"
                    ));
                    return Ok(Value::False);
                }
                (data.len() as i64 + offset) as usize
            } else {
                (offset as usize).min(data.len())
            };
            let end = length.map_or(data.len(), |l| (start + l as usize).min(data.len()));
            Ok(Value::from(&data[start..end]))
        }
        // Nothing more is said while a wrapper's exception waits.
        Err(_) if vm.pending.is_some() => Ok(Value::False),
        Err(why) => {
            vm.warning(&format!(
                "{F}({}): Failed to open stream: {why}",
                shown(&name)
            ));
            Ok(Value::False)
        }
    }
}

fn file_put_contents(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "file_put_contents";
    let name = arg_open_path(vm, args, 0, F)?;
    let flags = opt_long(vm, args, 2, F, 0)?;
    if let Value::Resource(r) = get(args, 3) {
        if !matches!(&*r.kind.borrow(), ResourceKind::Context(_)) {
            return Err(vm.throw_error(
                "TypeError",
                format!("{F}(): supplied resource is not a valid Stream-Context resource"),
            ));
        }
    }
    let data = put_contents_data(vm, args, F)?;
    // php opens (and truncates) the file before it finds an object it cannot write.
    let Some(data) = data else {
        let _ = std::fs::File::create(path_of(&name));
        return Ok(Value::False);
    };
    let wrapped = name.len() > 6 && name[..6].eq_ignore_ascii_case(b"php://");
    if wrapped || vm.user_wrapper(&name).is_some() {
        let mode: &[u8] = if flags & FILE_APPEND != 0 {
            b"ab"
        } else {
            b"wb"
        };
        let written = vm.open_stream(&name, mode, F).and_then(|mut s| {
            let n = vm.stream_write(&mut s, &data);
            s.close(vm);
            n.map_err(|e| strerror(&e))
        });
        return match written {
            Ok(n) => Ok(Value::Long(n as i64)),
            Err(why) => {
                vm.warning(&format!(
                    "{F}({}): Failed to open stream: {why}",
                    shown(&name)
                ));
                Ok(Value::False)
            }
        };
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .append(flags & FILE_APPEND != 0)
        .truncate(flags & FILE_APPEND == 0)
        .open(path_of(&name));
    match file.and_then(|mut f| f.write_all(&data)) {
        Ok(()) => Ok(Value::Long(data.len() as i64)),
        Err(e) => {
            vm.warning(&format!(
                "{F}({}): Failed to open stream: {}",
                shown(&name),
                strerror(&e)
            ));
            Ok(Value::False)
        }
    }
}

/// What `file_put_contents` writes: a string's bytes, an array's values joined, what
/// is left to read in a stream, an object's `__toString()`; `None` for an object
/// without one (php writes nothing then and returns false).
fn put_contents_data(vm: &mut Vm, args: &[Value], f: &str) -> Result<Option<Vec<u8>>, Unwind> {
    match get(args, 1) {
        Value::Array(a) => Ok(Some(join_values(vm, b"", &a)?)),
        Value::Resource(r) => {
            let read = match &mut *r.kind.borrow_mut() {
                ResourceKind::Stream(s) => Some(s.read_all(vm).unwrap_or_default()),
                _ => None,
            };
            match read {
                Some(bytes) => Ok(Some(bytes)),
                None => Err(vm.throw_error(
                    "TypeError",
                    format!("{f}(): supplied resource is not a valid stream resource"),
                )),
            }
        }
        Value::Object(o) if o.class.find_method(b"__tostring").is_none() => Ok(None),
        v => Ok(Some(v.to_php_string(vm)?.to_vec())),
    }
}

fn file(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "file";
    let name = arg_open_path(vm, args, 0, F)?;
    let flags = opt_long(vm, args, 1, F, 0)?;
    if !(0..=FILE_ALL_FLAGS).contains(&flags) {
        return Err(value_error(vm, F, 1, "must be a valid flag value"));
    }
    let path = if flags & FILE_USE_INCLUDE_PATH != 0 {
        via_include_path(vm, &name)
    } else {
        name.to_vec()
    };
    let data = match vm.read_whole(&path, F) {
        Ok(d) => d,
        Err(why) => {
            vm.warning(&format!(
                "{F}({}): Failed to open stream: {why}",
                shown(&name)
            ));
            return Ok(Value::False);
        }
    };
    Ok(Value::from(PhpArray::from_list(
        file_lines(&data, flags)
            .into_iter()
            .map(Value::from)
            .collect(),
    )))
}

/// The lines `file()` makes of `data`: with FILE_IGNORE_NEW_LINES each loses its
/// "\n" (and a "\r" before it), and only then may FILE_SKIP_EMPTY_LINES drop empty
/// ones; a last line without a newline is kept as is.
fn file_lines(data: &[u8], flags: i64) -> Vec<&[u8]> {
    let keep_eol = flags & FILE_IGNORE_NEW_LINES == 0;
    let mut lines = Vec::new();
    let mut rest = data;
    while let Some(p) = memchr::memchr(b'\n', rest) {
        let line = if keep_eol {
            &rest[..=p]
        } else {
            let l = &rest[..p];
            l.strip_suffix(b"\r").unwrap_or(l)
        };
        if keep_eol || flags & FILE_SKIP_EMPTY_LINES == 0 || !line.is_empty() {
            lines.push(line);
        }
        rest = &rest[p + 1..];
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    lines
}

fn unlink(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_path(vm, args, 0, "unlink")?;
    if let Some(class) = vm.user_wrapper(&name) {
        let url = Value::from(name.to_vec());
        return Ok(Value::from(super::userstream::url_op(
            vm,
            "unlink",
            &class,
            "unlink",
            vec![url],
        )?));
    }
    match std::fs::remove_file(path_of(&name)) {
        Ok(()) => Ok(removed_or_renamed()),
        Err(e) => {
            vm.warning(&format!("unlink({}): {}", shown(&name), strerror(&e)));
            Ok(Value::False)
        }
    }
}

/// A quiet stat test of a file's mode (`file_exists`, `is_file`, `is_dir`).
fn stat_test(vm: &mut Vm, args: &[Value], f: &str, test: fn(u32) -> bool) -> R {
    use std::os::unix::fs::MetadataExt;
    let name = arg_str(vm, args, 0, f)?;
    if let Some(class) = vm.user_wrapper(&name) {
        let st = super::userstream::url_stat(vm, f, &class, &name, false, true)?;
        return Ok(Value::from(st.is_some_and(|st| test(st[MODE] as u32))));
    }
    Ok(Value::from(
        std::fs::metadata(path_of(&name)).is_ok_and(|m| test(m.mode())),
    ))
}

/// `st_mode`'s file type bits.
const S_IFMT: u32 = 0o170000;

fn file_exists(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_test(vm, args, "file_exists", |_| true)
}

fn is_file(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_test(vm, args, "is_file", |m| m & S_IFMT == 0o100000)
}

fn is_dir(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_test(vm, args, "is_dir", |m| m & S_IFMT == 0o040000)
}

fn filesize(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "filesize", 7)
}

fn mkdir(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::DirBuilderExt;
    let name = arg_str(vm, args, 0, "mkdir")?;
    let mode = opt_long(vm, args, 1, "mkdir", 0o777)?;
    let recursive = opt_bool(vm, args, 2, "mkdir", false)?;
    if let Some(class) = vm.user_wrapper(&name) {
        // PHP_STREAM_MKDIR_RECURSIVE | REPORT_ERRORS
        let options = Value::Long(i64::from(recursive) | 8);
        let args = vec![Value::from(name.to_vec()), Value::Long(mode), options];
        return Ok(Value::from(super::userstream::url_op(
            vm, "mkdir", &class, "mkdir", args,
        )?));
    }
    let path = path_of(&name);
    // Every directory made gets the mode (less the umask); an existing one is an
    // error even when recursive.
    let r = if recursive && std::fs::symlink_metadata(path).is_ok() {
        Err(std::io::Error::from_raw_os_error(nix::libc::EEXIST))
    } else {
        std::fs::DirBuilder::new()
            .recursive(recursive)
            .mode(mode as u32 & 0o7777)
            .create(path)
    };
    match r {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!("mkdir(): {}", strerror(&e)));
            Ok(Value::False)
        }
    }
}

fn rmdir(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "rmdir")?;
    if let Some(class) = vm.user_wrapper(&name) {
        let args = vec![Value::from(name.to_vec()), Value::Long(8)];
        return Ok(Value::from(super::userstream::url_op(
            vm, "rmdir", &class, "rmdir", args,
        )?));
    }
    match std::fs::remove_dir(path_of(&name)) {
        Ok(()) => Ok(removed_or_renamed()),
        Err(e) => {
            vm.warning(&format!("rmdir({}): {}", shown(&name), strerror(&e)));
            Ok(Value::False)
        }
    }
}

/// PHP's `basename`: the last component, trailing slashes ignored, `suffix` cut.
pub fn base_name<'a>(path: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    let mut end = path.len();
    while end > 0 && path[end - 1] == b'/' {
        end -= 1;
    }
    let start = path[..end]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |p| p + 1);
    let name = &path[start..end];
    match name.strip_suffix(suffix) {
        Some(stem) if !suffix.is_empty() && !stem.is_empty() => stem,
        _ => name,
    }
}

/// PHP's `dirname` (`zend_dirname`), one level.
pub fn dir_name(path: &[u8]) -> &[u8] {
    if path.is_empty() {
        return b"";
    }
    let mut end = path.len();
    while end > 0 && path[end - 1] == b'/' {
        end -= 1;
    }
    if end == 0 {
        return b"/";
    }
    while end > 0 && path[end - 1] != b'/' {
        end -= 1;
    }
    if end == 0 {
        return b".";
    }
    while end > 0 && path[end - 1] == b'/' {
        end -= 1;
    }
    if end == 0 {
        return b"/";
    }
    &path[..end]
}

fn basename(vm: &mut Vm, args: &mut [Value]) -> R {
    let path = arg_str(vm, args, 0, "basename")?;
    let suffix = opt_str(vm, args, 1, "basename", b"")?;
    Ok(Value::from(base_name(&path, &suffix)))
}

fn dirname(vm: &mut Vm, args: &mut [Value]) -> R {
    let path = arg_str(vm, args, 0, "dirname")?;
    let levels = opt_long(vm, args, 1, "dirname", 1)?;
    if levels < 1 {
        return Err(value_error(
            vm,
            "dirname",
            1,
            "must be greater than or equal to 1",
        ));
    }
    let mut cur: &[u8] = &path;
    for _ in 0..levels {
        let next = dir_name(cur);
        if next == cur {
            break;
        }
        cur = next;
    }
    Ok(Value::from(cur))
}

fn pathinfo(vm: &mut Vm, args: &mut [Value]) -> R {
    let path = arg_str(vm, args, 0, "pathinfo")?;
    let flags = opt_long(vm, args, 1, "pathinfo", 15)?;
    let base = base_name(&path, b"");
    let ext = base.iter().rposition(|&c| c == b'.');
    let mut parts: Vec<(&str, Value)> = Vec::new();
    let dir = dir_name(&path);
    if flags & 1 != 0 && !dir.is_empty() {
        parts.push(("dirname", Value::from(dir)));
    }
    if flags & 2 != 0 {
        parts.push(("basename", Value::from(base)));
    }
    if flags & 4 != 0 {
        if let Some(p) = ext {
            parts.push(("extension", Value::from(&base[p + 1..])));
        }
    }
    if flags & 8 != 0 {
        parts.push(("filename", Value::from(&base[..ext.unwrap_or(base.len())])));
    }
    if flags != 15 {
        return Ok(parts.into_iter().next().map_or(Value::from(""), |(_, v)| v));
    }
    Ok(Value::from(
        parts
            .into_iter()
            .map(|(k, v)| (ArrayKey::from_bytes(k.as_bytes()), v))
            .collect::<PhpArray>(),
    ))
}

fn sys_get_temp_dir(_vm: &mut Vm, _args: &mut [Value]) -> R {
    let dir = std::env::temp_dir();
    let s = dir.to_string_lossy();
    Ok(Value::from(s.trim_end_matches('/')))
}

/// A file's metadata, or PHP's "stat failed" warning and false (`php_stat`): an empty
/// name fails silently, a name with a NUL byte is refused before any lookup.
fn meta_or_warn(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    follow: bool,
) -> Result<Option<[i64; 13]>, Unwind> {
    let name = arg_str(vm, args, 0, f)?;
    if name.is_empty() {
        return Ok(None);
    }
    if name.contains(&0) {
        vm.warning(&format!("{f}(): Filename contains null byte"));
        return Ok(None);
    }
    let m = if let Some(class) = vm.user_wrapper(&name) {
        super::userstream::url_stat(vm, f, &class, &name, !follow, false)?.ok_or(())
    } else if follow {
        std::fs::metadata(path_of(&name))
            .map(|m| stat_fields(&m))
            .map_err(|_| ())
    } else {
        std::fs::symlink_metadata(path_of(&name))
            .map(|m| stat_fields(&m))
            .map_err(|_| ())
    };
    match m {
        Ok(m) => Ok(Some(m)),
        Err(()) => {
            let what = if follow { "stat" } else { "Lstat" };
            vm.warning(&format!("{f}(): {what} failed for {}", shown(&name)));
            Ok(None)
        }
    }
}

fn touch(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "touch";
    let name = arg_path(vm, args, 0, F)?;
    let mtime = match get(args, 1) {
        Value::Null | Value::Undef => None,
        _ => Some(opt_long(vm, args, 1, F, 0)?),
    };
    let atime = match get(args, 2) {
        Value::Null | Value::Undef => mtime,
        _ if mtime.is_none() => {
            return Err(value_error(
                vm,
                F,
                1,
                "cannot be null when argument #3 ($atime) is an integer",
            ))
        }
        _ => Some(opt_long(vm, args, 2, F, 0)?),
    };
    if name.is_empty() {
        return Ok(Value::False);
    }
    if let Some(class) = vm.user_wrapper(&name) {
        // PHP_STREAM_META_TOUCH with [mtime, atime], or [] for now.
        let times = match (mtime, atime) {
            (Some(m), Some(a)) => vec![Value::Long(m), Value::Long(a)],
            _ => Vec::new(),
        };
        let times = PhpArray::from_list(times);
        return user_metadata(vm, F, &class, &name, 1, Value::from(times));
    }
    let path = path_of(&name);
    // As php: create the file when missing, then set the times of whatever is there
    // (a directory too).
    if std::fs::symlink_metadata(path).is_err() {
        if let Err(e) = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
        {
            vm.warning(&format!(
                "{F}(): Unable to create file {} because {}",
                shown(&name),
                strerror(&e)
            ));
            return Ok(Value::False);
        }
    }
    use nix::sys::stat::{utimensat, UtimensatFlags};
    use nix::sys::time::TimeSpec;
    let at = |t: Option<i64>| t.map_or(TimeSpec::UTIME_NOW, |t| TimeSpec::new(t, 0));
    let set = utimensat(
        None,
        path,
        &at(atime),
        &at(mtime),
        UtimensatFlags::FollowSymlink,
    );
    match set {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!("{F}(): Utime failed: {}", strerror(&e.into())));
            Ok(Value::False)
        }
    }
}

fn copy(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    let from = arg_open_path(vm, args, 0, "copy")?;
    let to = arg_open_path(vm, args, 1, "copy")?;
    // php_copy_file_ctx: no directory on either side, no copy of a file onto itself.
    if let Ok(src) = std::fs::metadata(path_of(&from)) {
        if src.is_dir() {
            vm.warning("copy(): The first argument to copy() function cannot be a directory");
            return Ok(Value::False);
        }
        if let Ok(dest) = std::fs::metadata(path_of(&to)) {
            if dest.is_dir() {
                vm.warning("copy(): The second argument to copy() function cannot be a directory");
                return Ok(Value::False);
            }
            if src.ino() == dest.ino() && src.dev() == dest.dev() {
                return Ok(Value::False);
            }
        }
    }
    let data = match vm.read_whole(&from, "copy") {
        Ok(d) => d,
        Err(why) => {
            vm.warning(&format!(
                "copy({}): Failed to open stream: {why}",
                shown(&from)
            ));
            return Ok(Value::False);
        }
    };
    match std::fs::write(path_of(&to), data) {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!(
                "copy({}): Failed to open stream: {}",
                shown(&to),
                strerror(&e)
            ));
            Ok(Value::False)
        }
    }
}

fn rename(vm: &mut Vm, args: &mut [Value]) -> R {
    let from = arg_str(vm, args, 0, "rename")?;
    let to = arg_str(vm, args, 1, "rename")?;
    let (wf, wt) = (vm.user_wrapper(&from), vm.user_wrapper(&to));
    if wf.is_some() || wt.is_some() {
        let same = matches!((&wf, &wt), (Some(a), Some(b)) if Rc::ptr_eq(a, b));
        let (Some(class), true) = (wf, same) else {
            vm.warning("rename(): Cannot rename a file across wrapper types");
            return Ok(Value::False);
        };
        let args = vec![Value::from(from.to_vec()), Value::from(to.to_vec())];
        return Ok(Value::from(super::userstream::url_op(
            vm, "rename", &class, "rename", args,
        )?));
    }
    match std::fs::rename(path_of(&from), path_of(&to)) {
        Ok(()) => Ok(removed_or_renamed()),
        Err(e) => {
            vm.warning(&format!(
                "rename({},{}): {}",
                shown(&from),
                shown(&to),
                strerror(&e)
            ));
            Ok(Value::False)
        }
    }
}

fn realpath(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::ffi::OsStrExt;
    let name = arg_str(vm, args, 0, "realpath")?;
    let name: &[u8] = if name.is_empty() { b"." } else { &name };
    let real = vm.realpath(path_of(name));
    Ok(real.map_or(Value::False, |p| Value::from(p.as_os_str().as_bytes())))
}

/// `st_mode`'s place among the stat fields.
const MODE: usize = 2;

/// The 13 fields of `stat()` in their order.
fn stat_fields(m: &std::fs::Metadata) -> [i64; 13] {
    use std::os::unix::fs::MetadataExt;
    [
        m.dev() as i64,
        m.ino() as i64,
        m.mode() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.rdev() as i64,
        m.size() as i64,
        m.atime(),
        m.mtime(),
        m.ctime(),
        m.blksize() as i64,
        m.blocks() as i64,
    ]
}

fn stat(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(
        meta_or_warn(vm, args, "stat", true)?.map_or(Value::False, |m| {
            Value::from(super::streams::stat_array(&m))
        }),
    )
}

fn lstat(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(
        meta_or_warn(vm, args, "lstat", false)?.map_or(Value::False, |m| {
            Value::from(super::streams::stat_array(&m))
        }),
    )
}

/// One `stat` field of a file (`filemtime`, `fileperms`…), by its place.
fn stat_field(vm: &mut Vm, args: &[Value], f: &str, field: usize) -> R {
    Ok(meta_or_warn(vm, args, f, true)?.map_or(Value::False, |m| Value::Long(m[field])))
}

fn filemtime(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "filemtime", 9)
}

fn fileatime(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "fileatime", 8)
}

fn filectime(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "filectime", 10)
}

fn fileperms(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "fileperms", MODE)
}

fn fileinode(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "fileinode", 1)
}

fn fileowner(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "fileowner", 4)
}

fn filegroup(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_field(vm, args, "filegroup", 5)
}

fn filetype(vm: &mut Vm, args: &mut [Value]) -> R {
    let Some(m) = meta_or_warn(vm, args, "filetype", false)? else {
        return Ok(Value::False);
    };
    let name = match m[MODE] as u32 & S_IFMT {
        0o120000 => "link",
        0o040000 => "dir",
        0o010000 => "fifo",
        0o020000 => "char",
        0o060000 => "block",
        0o140000 => "socket",
        0o100000 => "file",
        _ => "unknown",
    };
    Ok(Value::from(name))
}

fn is_link(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "is_link")?;
    Ok(Value::from(
        std::fs::symlink_metadata(path_of(&name)).is_ok_and(|m| m.file_type().is_symlink()),
    ))
}

/// Permission bits for the current user: owner, group or other, as access(2) would
/// decide (root may read and write anything).
fn permitted(m: &std::fs::Metadata, bit: u32) -> bool {
    use std::os::unix::fs::MetadataExt;
    let uid = current_uid();
    if uid == 0 {
        return bit != 1 || m.mode() & 0o111 != 0;
    }
    let shift = if m.uid() == uid { 6 } else { 0 };
    m.mode() >> shift & bit != 0
}

/// The process's user id, read from `/proc/self/status` (no libc binding here).
fn current_uid() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
        })
        .unwrap_or(u32::MAX)
}

fn access_test(vm: &mut Vm, args: &[Value], f: &str, bit: u32) -> R {
    let name = arg_str(vm, args, 0, f)?;
    Ok(Value::from(
        std::fs::metadata(path_of(&name)).is_ok_and(|m| permitted(&m, bit)),
    ))
}

fn is_readable(vm: &mut Vm, args: &mut [Value]) -> R {
    access_test(vm, args, "is_readable", 4)
}

fn is_writable(vm: &mut Vm, args: &mut [Value]) -> R {
    access_test(vm, args, "is_writable", 2)
}

fn is_executable(vm: &mut Vm, args: &mut [Value]) -> R {
    access_test(vm, args, "is_executable", 1)
}

fn chmod(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::PermissionsExt;
    let name = arg_str(vm, args, 0, "chmod")?;
    let mode = super::args::arg_long(vm, args, 1, "chmod")?;
    if let Some(class) = vm.user_wrapper(&name) {
        // PHP_STREAM_META_ACCESS
        return user_metadata(vm, "chmod", &class, &name, 6, Value::Long(mode));
    }
    match std::fs::set_permissions(
        path_of(&name),
        std::fs::Permissions::from_mode(mode as u32 & 0o7777),
    ) {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!("chmod(): {}", strerror(&e)));
            Ok(Value::False)
        }
    }
}

/// `stream_metadata` of a user wrapper (touch, chmod, chown…): `option` is php's
/// PHP_STREAM_META_* number.
pub(crate) fn user_metadata(
    vm: &mut Vm,
    f: &str,
    class: &Rc<crate::class::ClassEntry>,
    name: &[u8],
    option: i64,
    value: Value,
) -> R {
    let args = vec![Value::from(name.to_vec()), Value::Long(option), value];
    let done = super::userstream::url_op(vm, f, class, "stream_metadata", args)?;
    vm.stream_wrappers.clear_stat_cache();
    Ok(Value::from(done))
}

/// A successful unlink(), rmdir() or rename(): PHP clears its realpath cache then.
fn removed_or_renamed() -> Value {
    crate::realpath::clear(None);
    Value::True
}

fn clearstatcache(vm: &mut Vm, args: &mut [Value]) -> R {
    // Only user wrappers' stats are cached; the realpath cache is, as PHP's.
    vm.stream_wrappers.clear_stat_cache();
    if opt_bool(vm, args, 0, "clearstatcache", false)? {
        let name = opt_str(vm, args, 1, "clearstatcache", b"")?;
        crate::realpath::clear((!name.is_empty()).then(|| path_of(&name)));
    }
    Ok(Value::Null)
}

fn getcwd(_vm: &mut Vm, _args: &mut [Value]) -> R {
    use std::os::unix::ffi::OsStrExt;
    Ok(std::env::current_dir().map_or(Value::False, |p| Value::from(p.as_os_str().as_bytes())))
}

fn chdir(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "chdir")?;
    match std::env::set_current_dir(path_of(&name)) {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!(
                "chdir(): {} (errno {})",
                strerror(&e),
                e.raw_os_error().unwrap_or(0)
            ));
            Ok(Value::False)
        }
    }
}

/// `symlink` / `link`: PHP words a failure as `<fn>(): <strerror>`.
fn make_link(vm: &mut Vm, args: &[Value], f: &str, hard: bool) -> R {
    let target = arg_str(vm, args, 0, f)?;
    let link = arg_str(vm, args, 1, f)?;
    let made = if hard {
        std::fs::hard_link(path_of(&target), path_of(&link))
    } else {
        std::os::unix::fs::symlink(path_of(&target), path_of(&link))
    };
    match made {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!("{f}(): {}", strerror(&e)));
            Ok(Value::False)
        }
    }
}

fn symlink(vm: &mut Vm, args: &mut [Value]) -> R {
    make_link(vm, args, "symlink", false)
}

fn link(vm: &mut Vm, args: &mut [Value]) -> R {
    make_link(vm, args, "link", true)
}

fn readlink(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::ffi::OsStrExt;
    let name = arg_str(vm, args, 0, "readlink")?;
    match std::fs::read_link(path_of(&name)) {
        Ok(p) => Ok(Value::from(p.as_os_str().as_bytes())),
        Err(e) => {
            vm.warning(&format!("readlink(): {}", strerror(&e)));
            Ok(Value::False)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // php: file() of "a\r\n\r\nb\n\nc" with FILE_IGNORE_NEW_LINES|FILE_SKIP_EMPTY_LINES,
    // then with FILE_SKIP_EMPTY_LINES alone (no line is empty while it keeps its "\n").
    #[test]
    fn file_lines_like_php() {
        let data = b"a\r\n\r\nb\n\nc";
        assert_eq!(file_lines(data, 6), [&b"a"[..], b"b", b"c"]);
        assert_eq!(
            file_lines(data, 4),
            [&b"a\r\n"[..], b"\r\n", b"b\n", b"\n", b"c"]
        );
        assert_eq!(file_lines(b"x\ny", 2), [&b"x"[..], b"y"]);
    }

    // php: basename/dirname of each path (and dirname($p, 2)).
    #[test]
    fn paths_like_php() {
        let cases: [(&str, &str, &str); 9] = [
            ("/a/b/", "b", "/a"),
            ("/", "", "/"),
            ("a", "a", "."),
            ("", "", ""),
            ("/a", "a", "/"),
            ("a/b", "b", "a"),
            ("//a//b//", "b", "//a"),
            (".", ".", "."),
            ("/a/b.php", "b.php", "/a"),
        ];
        for (p, base, dir) in cases {
            assert_eq!(
                base_name(p.as_bytes(), b""),
                base.as_bytes(),
                "basename({p})"
            );
            assert_eq!(dir_name(p.as_bytes()), dir.as_bytes(), "dirname({p})");
        }
        assert_eq!(base_name(b"/a/b.php", b".php"), b"b");
        assert_eq!(base_name(b".php", b".php"), b".php");
    }
}
