//! Whole-file and path functions (`file_get_contents`, `file_put_contents`, `file`,
//! `unlink`, `basename`, `dirname`, `pathinfo`, `is_file`…), with PHP's warnings.
//! `php://` names go through the stream layer (`builtins/streams.rs`).

use std::io::Write;
use std::path::Path;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, opt_bool, opt_long, opt_str, value_error};
use super::streams::{arg_open_path, arg_path};
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

const FILE_IGNORE_NEW_LINES: i64 = 2;
const FILE_SKIP_EMPTY_LINES: i64 = 4;
const FILE_APPEND: i64 = 8;

/// The OS error as C's `strerror` words it ("No such file or directory").
pub(crate) fn strerror(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

pub(crate) fn path_of(bytes: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(bytes))
}

fn shown(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

fn file_get_contents(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "file_get_contents";
    let name = arg_open_path(vm, args, 0, F)?;
    let offset = opt_long(vm, args, 3, F, 0)?;
    let length = match get(args, 4) {
        Value::Null | Value::Undef => None,
        _ => Some(opt_long(vm, args, 4, F, 0)?),
    };
    if length.is_some_and(|l| l < 0) {
        return Err(value_error(vm, F, 4, "must be greater than or equal to 0"));
    }
    let read = vm.read_whole(&name, F);
    match read {
        Ok(data) => {
            let start = if offset < 0 {
                (data.len() as i64 + offset).max(0) as usize
            } else {
                (offset as usize).min(data.len())
            };
            let end = length.map_or(data.len(), |l| (start + l as usize).min(data.len()));
            Ok(Value::from(&data[start..end]))
        }
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
    let data = match get(args, 1) {
        Value::Array(a) => join_values(vm, b"", &a)?,
        v => v.to_php_string(vm)?.to_vec(),
    };
    if name.len() > 6 && name[..6].eq_ignore_ascii_case(b"php://") {
        let written = vm
            .open_stream(&name, b"wb", F)
            .and_then(|mut s| vm.stream_write(&mut s, &data).map_err(|e| strerror(&e)));
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

fn file(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_open_path(vm, args, 0, "file")?;
    let flags = opt_long(vm, args, 1, "file", 0)?;
    let data = match vm.read_whole(&name, "file") {
        Ok(d) => d,
        Err(why) => {
            vm.warning(&format!(
                "file({}): Failed to open stream: {why}",
                shown(&name)
            ));
            return Ok(Value::False);
        }
    };
    let mut lines = Vec::new();
    let mut rest: &[u8] = &data;
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|&c| c == b'\n')
            .map_or(rest.len(), |p| p + 1);
        let mut line = &rest[..end];
        rest = &rest[end..];
        if flags & FILE_IGNORE_NEW_LINES != 0 {
            line = line.strip_suffix(b"\n").unwrap_or(line);
        }
        if flags & FILE_SKIP_EMPTY_LINES != 0 && line.is_empty() {
            continue;
        }
        lines.push(Value::from(line));
    }
    Ok(Value::from(PhpArray::from_list(lines)))
}

fn unlink(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_path(vm, args, 0, "unlink")?;
    match std::fs::remove_file(path_of(&name)) {
        Ok(()) => Ok(removed_or_renamed()),
        Err(e) => {
            vm.warning(&format!("unlink({}): {}", shown(&name), strerror(&e)));
            Ok(Value::False)
        }
    }
}

fn stat_test(vm: &mut Vm, args: &[Value], f: &str, test: fn(&std::fs::Metadata) -> bool) -> R {
    let name = arg_str(vm, args, 0, f)?;
    Ok(Value::from(
        std::fs::metadata(path_of(&name)).is_ok_and(|m| test(&m)),
    ))
}

fn file_exists(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_test(vm, args, "file_exists", |_| true)
}

fn is_file(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_test(vm, args, "is_file", std::fs::Metadata::is_file)
}

fn is_dir(vm: &mut Vm, args: &mut [Value]) -> R {
    stat_test(vm, args, "is_dir", std::fs::Metadata::is_dir)
}

fn filesize(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "filesize")?;
    match std::fs::metadata(path_of(&name)) {
        Ok(m) => Ok(Value::Long(m.len() as i64)),
        Err(_) => {
            vm.warning(&format!("filesize(): stat failed for {}", shown(&name)));
            Ok(Value::False)
        }
    }
}

fn mkdir(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "mkdir")?;
    let recursive = opt_bool(vm, args, 2, "mkdir", false)?;
    let r = if recursive {
        std::fs::create_dir_all(path_of(&name))
    } else {
        std::fs::create_dir(path_of(&name))
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

/// A file's metadata, or PHP's "stat failed" warning and false.
fn meta_or_warn(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    follow: bool,
) -> Result<Option<std::fs::Metadata>, Unwind> {
    let name = arg_str(vm, args, 0, f)?;
    let m = if follow {
        std::fs::metadata(path_of(&name))
    } else {
        std::fs::symlink_metadata(path_of(&name))
    };
    match m {
        Ok(m) => Ok(Some(m)),
        Err(_) => {
            let what = if f.starts_with("file") || f == "is_link" {
                "stat"
            } else {
                f
            };
            let what = if f == "lstat" || f == "is_link" {
                "Lstat"
            } else if what == "stat" {
                "stat"
            } else {
                what
            };
            vm.warning(&format!("{f}(): {what} failed for {}", shown(&name)));
            Ok(None)
        }
    }
}

fn touch(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "touch";
    let name = arg_path(vm, args, 0, F)?;
    let mtime = match get(args, 1) {
        Value::Null => None,
        _ => Some(opt_long(vm, args, 1, F, 0)?),
    };
    let atime = match get(args, 2) {
        Value::Null => mtime,
        _ => Some(opt_long(vm, args, 2, F, 0)?),
    };
    let opened = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path_of(&name));
    let at = |t: i64| std::time::UNIX_EPOCH + std::time::Duration::from_secs(t.max(0) as u64);
    let now = std::time::SystemTime::now();
    let times = std::fs::FileTimes::new()
        .set_modified(mtime.map_or(now, at))
        .set_accessed(atime.map_or(now, at));
    match opened.and_then(|f| f.set_times(times)) {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!(
                "{F}(): Unable to create file {} because {}",
                shown(&name),
                strerror(&e)
            ));
            Ok(Value::False)
        }
    }
}

fn copy(vm: &mut Vm, args: &mut [Value]) -> R {
    let from = arg_open_path(vm, args, 0, "copy")?;
    let to = arg_open_path(vm, args, 1, "copy")?;
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

fn stat_value(m: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    Value::from(super::streams::stat_array(&[
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
    ]))
}

fn stat(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(meta_or_warn(vm, args, "stat", true)?.map_or(Value::False, |m| stat_value(&m)))
}

fn lstat(vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(meta_or_warn(vm, args, "lstat", false)?.map_or(Value::False, |m| stat_value(&m)))
}

/// One `stat` field of a file (`filemtime`, `fileperms`…).
fn stat_field(vm: &mut Vm, args: &[Value], f: &str, field: fn(&std::fs::Metadata) -> i64) -> R {
    Ok(meta_or_warn(vm, args, f, true)?.map_or(Value::False, |m| Value::Long(field(&m))))
}

fn filemtime(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "filemtime", |m| m.mtime())
}

fn fileatime(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "fileatime", |m| m.atime())
}

fn filectime(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "filectime", |m| m.ctime())
}

fn fileperms(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "fileperms", |m| m.mode() as i64)
}

fn fileinode(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "fileinode", |m| m.ino() as i64)
}

fn fileowner(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "fileowner", |m| m.uid() as i64)
}

fn filegroup(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    stat_field(vm, args, "filegroup", |m| m.gid() as i64)
}

fn filetype(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::FileTypeExt;
    let Some(m) = meta_or_warn(vm, args, "filetype", false)? else {
        return Ok(Value::False);
    };
    let t = m.file_type();
    let name = if t.is_symlink() {
        "link"
    } else if t.is_dir() {
        "dir"
    } else if t.is_fifo() {
        "fifo"
    } else if t.is_char_device() {
        "char"
    } else if t.is_block_device() {
        "block"
    } else if t.is_socket() {
        "socket"
    } else {
        "file"
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

/// A successful unlink(), rmdir() or rename(): PHP clears its realpath cache then.
fn removed_or_renamed() -> Value {
    crate::realpath::clear(None);
    Value::True
}

fn clearstatcache(vm: &mut Vm, args: &mut [Value]) -> R {
    // Stats are not cached; the realpath cache is, as PHP's.
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
