//! SPL's file system objects (ext/spl/spl_directory.c): the state shared by
//! `SplFileInfo`, `SplFileObject` (`fileobject.rs`) and the directory iterators
//! (`directory.rs`), and `SplFileInfo` itself.

use std::rc::Rc;

use super::{int_arg, this, with, Family, State, R};
use crate::builtins::file::path_of;
use crate::class::{ClassEntry, MethodCtx, NativeClass, NativeMethod};
use crate::resource::Resource;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// One file system object: what it names, and what kind of object it is.
#[derive(Debug, Clone, Default)]
pub struct Fs {
    /// The full name (for a directory iterator: computed from the entry).
    pub file_name: Option<Vec<u8>>,
    /// The directory part (None: never set).
    pub path: Option<Vec<u8>>,
    /// SplFileObject's and the directory iterators' flags.
    pub flags: i64,
    /// The classes `openFile()` and `getFileInfo()` make (None: the SPL ones).
    pub file_class: Option<Rc<ClassEntry>>,
    pub info_class: Option<Rc<ClassEntry>>,
    pub kind: Kind,
}

#[derive(Debug, Clone, Default)]
pub enum Kind {
    #[default]
    Info,
    File(Box<FileObj>),
    Dir(Box<DirObj>),
}

/// An open SplFileObject.
#[derive(Debug, Clone)]
pub struct FileObj {
    pub stream: Rc<Resource>,
    pub open_mode: Vec<u8>,
    /// The current line (None: not read yet, or dropped by `next()`).
    pub line: Option<Vec<u8>>,
    /// The current line as csv fields (READ_CSV, `fgetcsv`).
    pub csv: Option<Value>,
    pub line_num: i64,
    pub max_len: usize,
    pub sep: u8,
    pub enc: u8,
    pub esc: Option<u8>,
}

/// An open directory (or glob) iterator.
#[derive(Debug, Clone, Default)]
pub struct DirObj {
    /// Entry names in readdir order; full paths for a glob.
    pub entries: Vec<Vec<u8>>,
    /// The next entry to read.
    pub next: usize,
    /// The current entry (empty past the end), as readdir gives it.
    pub entry: Vec<u8>,
    /// The current glob match's full path.
    pub glob_match: Option<Vec<u8>>,
    pub index: i64,
    pub sub_path: Option<Vec<u8>>,
    /// The pattern of a GlobIterator (`glob://…`).
    pub glob: Option<Vec<u8>>,
}

impl Family for Fs {
    fn of(s: &mut State) -> Option<&mut Self> {
        match s {
            State::Fs(f) => Some(f),
            _ => None,
        }
    }
    fn wrap(self) -> State {
        State::Fs(Box::new(self))
    }
}

impl Fs {
    /// The directory part (`spl_filesystem_object_get_path`): a glob's is that of
    /// the current match.
    pub fn get_path(&self) -> Option<Vec<u8>> {
        if let Kind::Dir(d) = &self.kind {
            if d.glob.is_some() {
                let m = d.glob_match.as_deref()?;
                let cut = m.iter().rposition(|&b| b == b'/')?;
                return (cut > 0).then(|| m[..cut].to_vec());
            }
        }
        self.path.clone()
    }

    /// The full name (`spl_filesystem_object_get_file_name`); None when not
    /// initialized.
    pub fn full_name(&self) -> Option<Vec<u8>> {
        match &self.kind {
            Kind::Dir(d) => Some(match self.get_path() {
                Some(mut p) => {
                    p.push(b'/');
                    p.extend_from_slice(&d.entry);
                    p
                }
                None => d.entry.clone(),
            }),
            _ => self.file_name.clone(),
        }
    }

    /// `getPathname()`: None for a directory iterator past its end.
    pub fn pathname(&self) -> Option<Vec<u8>> {
        match &self.kind {
            Kind::Dir(d) if d.entry.is_empty() => None,
            _ => self.full_name(),
        }
    }

    /// `getFilename()` of SplFileInfo: the name without its path.
    pub fn short_name(&self) -> Option<Vec<u8>> {
        let name = self.full_name()?;
        Some(match self.get_path() {
            Some(p) if !p.is_empty() && p.len() < name.len() => name[p.len() + 1..].to_vec(),
            _ => name,
        })
    }

    /// `spl_filesystem_info_set_filename`: trailing slashes go; the path is what
    /// precedes the last slash.
    pub fn set_filename(&mut self, name: &[u8]) {
        let mut len = name.len();
        while len > 1 && name[len - 1] == b'/' {
            len -= 1;
        }
        self.file_name = Some(name[..len].to_vec());
        self.path = Some(dir_part(name, len).to_vec());
    }
}

/// What precedes the last slash of `name[..len]` (empty without one), as SPL cuts it.
pub(crate) fn dir_part(name: &[u8], mut len: usize) -> &[u8] {
    while len > 1 && name[len - 1] != b'/' {
        len -= 1;
    }
    &name[..len.saturating_sub(1)]
}

pub(crate) const NOT_CONSTRUCTED: &str =
    "The parent constructor was not called: the object is in an invalid state";

pub(crate) fn fs<T>(c: &MethodCtx, f: impl FnOnce(&mut Fs) -> T) -> T {
    with(&this(c), f)
}

pub(crate) fn not_initialized(vm: &mut Vm) -> Unwind {
    vm.throw_error("Error", "Object not initialized".into())
}

/// A string argument of a native method (`Class::method(): Argument #N ($name)`).
pub(crate) fn str_arg(
    vm: &mut Vm,
    a: &[Value],
    i: usize,
    func: &str,
    name: &str,
) -> Result<Vec<u8>, Unwind> {
    let v = a.get(i).map(Value::deref).unwrap_or_default();
    match &v {
        Value::Array(_) | Value::Resource(_) => Err(vm.throw_error(
            "TypeError",
            format!(
                "{func}(): Argument #{} (${name}) must be of type string, {} given",
                i + 1,
                v.debug_type_name()
            ),
        )),
        Value::Null => {
            vm.deprecated(&format!(
                "{func}(): Passing null to parameter #{} (${name}) of type string is deprecated",
                i + 1
            ));
            Ok(Vec::new())
        }
        _ => Ok(v.to_php_string(vm)?.to_vec()),
    }
}

/// A path argument: a string without NUL bytes.
pub(crate) fn path_arg(
    vm: &mut Vm,
    a: &[Value],
    i: usize,
    func: &str,
    name: &str,
) -> Result<Vec<u8>, Unwind> {
    let p = str_arg(vm, a, i, func, name)?;
    if p.contains(&0) {
        return Err(vm.throw_error(
            "ValueError",
            format!(
                "{func}(): Argument #{} (${name}) must not contain any null bytes",
                i + 1
            ),
        ));
    }
    Ok(p)
}

/// A stream context argument: a resource or null.
pub(crate) fn context_arg(vm: &mut Vm, a: &[Value], i: usize, func: &str) -> Result<(), Unwind> {
    match a.get(i).map(Value::deref) {
        None | Some(Value::Undef | Value::Null | Value::Resource(_)) => Ok(()),
        Some(v) => Err(vm.throw_error(
            "TypeError",
            format!(
                "{func}(): Argument #{} ($context) must be of type resource or null, {} given",
                i + 1,
                v.debug_type_name()
            ),
        )),
    }
}

/// Whether argument `i` was passed.
pub(crate) fn given(a: &[Value], i: usize) -> bool {
    a.get(i).is_some_and(|v| !matches!(v, Value::Undef))
}

/// Call a built-in function by name (the stat and stream functions SPL reuses).
pub(crate) fn call_builtin(vm: &mut Vm, name: &str, mut args: Vec<Value>) -> R {
    let spec = crate::builtins::table()
        .get(name.as_bytes())
        .expect("SPL calls existing built-ins");
    (spec.handler)(vm, &mut args)
}

/// Make an object of `class` and run its constructor with `args`.
pub(crate) fn construct(
    vm: &mut Vm,
    class: &Rc<ClassEntry>,
    args: Vec<Value>,
) -> Result<Rc<crate::object::PhpObject>, Unwind> {
    let o = vm.instantiate(class)?;
    if let Some(ctor) = class.magic.construct.clone() {
        vm.invoke_method(Some(o.clone()), &ctor, class.clone(), args)?;
    }
    Ok(o)
}

/// Whether `class`'s constructor is the built-in one of `native`.
pub(crate) fn native_ctor(class: &ClassEntry, native: &str) -> bool {
    class
        .magic
        .construct
        .as_ref()
        .is_some_and(|m| &*m.scope_name == native)
}

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "SplFileInfo",
    interfaces: &["Stringable"],
    methods: &[
        NativeMethod::new("__construct", info_construct, &["filename"], 1),
        NativeMethod::new("getPath", get_path, &[], 0),
        NativeMethod::new("getFilename", get_filename, &[], 0),
        NativeMethod::new("getExtension", get_extension, &[], 0),
        NativeMethod::new("getBasename", get_basename, &["suffix"], 0),
        NativeMethod::new("getPathname", get_pathname, &[], 0),
        NativeMethod::new("getPerms", get_perms, &[], 0),
        NativeMethod::new("getInode", get_inode, &[], 0),
        NativeMethod::new("getSize", get_size, &[], 0),
        NativeMethod::new("getOwner", get_owner, &[], 0),
        NativeMethod::new("getGroup", get_group, &[], 0),
        NativeMethod::new("getATime", get_atime, &[], 0),
        NativeMethod::new("getMTime", get_mtime, &[], 0),
        NativeMethod::new("getCTime", get_ctime, &[], 0),
        NativeMethod::new("getType", get_type, &[], 0),
        NativeMethod::new("isWritable", is_writable, &[], 0),
        NativeMethod::new("isReadable", is_readable, &[], 0),
        NativeMethod::new("isExecutable", is_executable, &[], 0),
        NativeMethod::new("isFile", is_file, &[], 0),
        NativeMethod::new("isDir", is_dir, &[], 0),
        NativeMethod::new("isLink", is_link, &[], 0),
        NativeMethod::new("getLinkTarget", get_link_target, &[], 0),
        NativeMethod::new("getRealPath", get_real_path, &[], 0),
        NativeMethod::new("getFileInfo", get_file_info, &["class"], 0),
        NativeMethod::new("getPathInfo", get_path_info, &["class"], 0),
        NativeMethod::new(
            "openFile",
            open_file,
            &["mode", "useIncludePath", "context"],
            0,
        ),
        NativeMethod::new("setFileClass", set_file_class, &["class"], 0),
        NativeMethod::new("setInfoClass", set_info_class, &["class"], 0),
        NativeMethod::new("__toString", get_pathname, &[], 0),
        NativeMethod::new("__debugInfo", debug_info, &[], 0),
        NativeMethod::new("_bad_state_ex", bad_state, &[], 0)
            .with_flags(miniphp_compiler::flags::FINAL),
    ],
    ..NativeClass::EMPTY
}];

fn info_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let name = path_arg(vm, a, 0, "SplFileInfo::__construct", "filename")?;
    fs(c, |f| f.set_filename(&name));
    Ok(Value::Null)
}

fn get_path(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(fs(c, |f| f.get_path()).unwrap_or_default()))
}

/// The name without its path, or "Object not initialized".
pub(crate) fn short_name(vm: &mut Vm, c: &MethodCtx) -> Result<Vec<u8>, Unwind> {
    match fs(c, |f| f.file_name.is_some().then(|| f.short_name())) {
        Some(Some(n)) => Ok(n),
        _ => Err(not_initialized(vm)),
    }
}

fn get_filename(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(short_name(vm, c)?))
}

/// The extension of a file name (what follows the last dot of its base name).
pub(crate) fn extension(name: &[u8]) -> Vec<u8> {
    let base = crate::builtins::file::base_name(name, b"");
    match base.iter().rposition(|&b| b == b'.') {
        Some(i) => base[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

fn get_extension(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(extension(&short_name(vm, c)?)))
}

/// `basename($name, $suffix)` with the optional suffix argument.
pub(crate) fn basename_with(vm: &mut Vm, a: &[Value], func: &str, name: &[u8]) -> R {
    let suffix = if given(a, 0) {
        str_arg(vm, a, 0, func, "suffix")?
    } else {
        Vec::new()
    };
    Ok(Value::from(crate::builtins::file::base_name(name, &suffix)))
}

fn get_basename(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let name = short_name(vm, c)?;
    basename_with(vm, a, "SplFileInfo::getBasename", &name)
}

pub(crate) fn get_pathname(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(fs(c, |f| f.pathname()).unwrap_or_default()))
}

/// A stat-based method: the built-in `func` on the file's name, with its failure as
/// a RuntimeException (PHP turns the warning into one); an empty name is false.
fn stat_method(vm: &mut Vm, c: &MethodCtx, method: &str, func: &str, lstat: bool) -> R {
    let Some(name) = fs(c, |f| f.full_name()) else {
        return Err(not_initialized(vm));
    };
    if name.is_empty() {
        return Ok(Value::False);
    }
    let meta = if lstat {
        std::fs::symlink_metadata(path_of(&name))
    } else {
        std::fs::metadata(path_of(&name))
    };
    if meta.is_err() {
        let what = if lstat { "Lstat" } else { "stat" };
        return Err(vm.throw_error(
            "RuntimeException",
            format!(
                "SplFileInfo::{method}(): {what} failed for {}",
                String::from_utf8_lossy(&name)
            ),
        ));
    }
    call_builtin(vm, func, vec![Value::from(name)])
}

/// A test method (`isFile()`…): the built-in, which never warns.
fn test_method(vm: &mut Vm, c: &MethodCtx, func: &str) -> R {
    let Some(name) = fs(c, |f| f.full_name()) else {
        return Err(not_initialized(vm));
    };
    call_builtin(vm, func, vec![Value::from(name)])
}

fn get_perms(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getPerms", "fileperms", false)
}
fn get_inode(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getInode", "fileinode", false)
}
fn get_size(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getSize", "filesize", false)
}
fn get_owner(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getOwner", "fileowner", false)
}
fn get_group(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getGroup", "filegroup", false)
}
fn get_atime(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getATime", "fileatime", false)
}
fn get_mtime(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getMTime", "filemtime", false)
}
fn get_ctime(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getCTime", "filectime", false)
}
fn get_type(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    stat_method(vm, c, "getType", "filetype", true)
}
fn is_writable(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    test_method(vm, c, "is_writable")
}
fn is_readable(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    test_method(vm, c, "is_readable")
}
fn is_executable(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    test_method(vm, c, "is_executable")
}
fn is_file(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    test_method(vm, c, "is_file")
}
fn is_dir(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    test_method(vm, c, "is_dir")
}
fn is_link(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    test_method(vm, c, "is_link")
}

fn get_link_target(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let Some(name) = fs(c, |f| f.full_name()) else {
        return Err(not_initialized(vm));
    };
    use std::os::unix::ffi::OsStrExt;
    match std::fs::read_link(path_of(&name)) {
        Ok(t) => Ok(Value::from(t.as_os_str().as_bytes())),
        Err(e) => Err(vm.throw_error(
            "RuntimeException",
            format!(
                "Unable to read link {}, error: {}",
                String::from_utf8_lossy(&name),
                crate::builtins::file::strerror(&e)
            ),
        )),
    }
}

fn get_real_path(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    // A directory iterator past its end names its directory with an empty entry
    // (PHP's cached file name), which resolves as the path itself.
    let name = fs(c, |f| f.full_name());
    match name {
        Some(n) => call_builtin(vm, "realpath", vec![Value::from(n)]),
        None => Ok(Value::False),
    }
}

/// A class argument that must name `base` or a subclass (`C` in zpp).
fn class_arg(
    vm: &mut Vm,
    a: &[Value],
    func: &str,
    base: &str,
    nullable: bool,
) -> Result<Option<Rc<ClassEntry>>, Unwind> {
    if !given(a, 0) || (nullable && a[0].deref().is_null()) {
        return Ok(None);
    }
    let name = str_arg(vm, a, 0, func, "class")?;
    let class = vm.lookup_class(&name)?;
    match class {
        Some(k) if k.instance_of_name(base.to_ascii_lowercase().as_bytes()) => Ok(Some(k)),
        _ => Err(vm.throw_error(
            "TypeError",
            format!(
                "{func}(): Argument #1 ($class) must be a class name derived from {base}{}, {} given",
                if nullable { " or null" } else { "" },
                String::from_utf8_lossy(&name)
            ),
        )),
    }
}

fn set_file_class(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = class_arg(vm, a, "SplFileInfo::setFileClass", "SplFileObject", false)?;
    fs(c, |f| f.file_class = k);
    Ok(Value::Null)
}

fn set_info_class(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let k = class_arg(vm, a, "SplFileInfo::setInfoClass", "SplFileInfo", false)?;
    fs(c, |f| f.info_class = k);
    Ok(Value::Null)
}

fn info_class(vm: &mut Vm, chosen: Option<Rc<ClassEntry>>) -> Rc<ClassEntry> {
    chosen.unwrap_or_else(|| {
        vm.find_class(b"SplFileInfo")
            .expect("SplFileInfo is built in")
    })
}

/// A new info object for `name`: the built-in constructor's work done directly
/// (keeping `path`), a user one called.
pub(crate) fn make_info(
    vm: &mut Vm,
    class: &Rc<ClassEntry>,
    name: Vec<u8>,
    path: Option<Option<Vec<u8>>>,
) -> R {
    if !native_ctor(class, "SplFileInfo") {
        return Ok(Value::Object(construct(
            vm,
            class,
            vec![Value::from(name)],
        )?));
    }
    let o = vm.instantiate(class)?;
    with(&o, |f: &mut Fs| match path {
        Some(p) => {
            f.file_name = Some(name);
            f.path = p;
        }
        None => f.set_filename(&name),
    });
    Ok(Value::Object(o))
}

/// "Could not open file" for a directory iterator past its end.
fn check_entry(vm: &mut Vm, c: &MethodCtx) -> Result<(), Unwind> {
    if fs(c, |f| matches!(&f.kind, Kind::Dir(d) if d.entry.is_empty())) {
        return Err(vm.throw_error("RuntimeException", "Could not open file".into()));
    }
    Ok(())
}

pub(crate) fn get_file_info(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let chosen = class_arg(vm, a, "SplFileInfo::getFileInfo", "SplFileInfo", true)?;
    check_entry(vm, c)?;
    let (name, path, own) = fs(c, |f| (f.full_name(), f.get_path(), f.info_class.clone()));
    let class = info_class(vm, chosen.or(own));
    let Some(name) = name else {
        return Err(not_initialized(vm));
    };
    make_info(vm, &class, name, Some(path))
}

fn get_path_info(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let chosen = class_arg(vm, a, "SplFileInfo::getPathInfo", "SplFileInfo", true)?;
    let (name, own) = fs(c, |f| (f.pathname(), f.info_class.clone()));
    let class = info_class(vm, chosen.or(own));
    match name {
        Some(n) if !n.is_empty() => {
            let dir = crate::builtins::file::dir_name(&n).to_vec();
            make_info(vm, &class, dir, None)
        }
        _ => Ok(Value::Null),
    }
}

fn open_file(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    context_arg(vm, a, 2, "SplFileInfo::openFile")?;
    check_entry(vm, c)?;
    let mode = if given(a, 0) {
        str_arg(vm, a, 0, "SplFileInfo::openFile", "mode")?
    } else {
        b"r".to_vec()
    };
    let (name, own) = fs(c, |f| (f.full_name(), f.file_class.clone()));
    let Some(name) = name else {
        return Err(not_initialized(vm));
    };
    let class = match own {
        Some(k) => k,
        None => vm
            .find_class(b"SplFileObject")
            .expect("SplFileObject is built in"),
    };
    let mut args = vec![Value::from(name), Value::from(mode)];
    args.extend(
        a.iter()
            .skip(1)
            .filter(|v| !matches!(v, Value::Undef))
            .cloned(),
    );
    Ok(Value::Object(construct(vm, &class, args)?))
}

fn debug_info(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(super::debug_info_array(&this(c))))
}

fn bad_state(vm: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Err(vm.throw_error("Error", NOT_CONSTRUCTED.into()))
}

/// What `var_dump` shows after the properties (`spl_filesystem_object_get_debug_info`).
pub(crate) fn debug_extra(f: &Fs) -> Vec<(&'static str, &'static str, Value)> {
    let mut out = vec![(
        "SplFileInfo",
        "pathName",
        Value::from(f.pathname().unwrap_or_default()),
    )];
    let has_name = match &f.kind {
        Kind::Dir(_) => true,
        _ => f.file_name.is_some(),
    };
    if has_name {
        out.push((
            "SplFileInfo",
            "fileName",
            Value::from(f.short_name().unwrap_or_default()),
        ));
    }
    match &f.kind {
        Kind::Dir(d) => {
            out.push((
                "DirectoryIterator",
                "glob",
                match &d.glob {
                    Some(g) => Value::from(g.clone()),
                    None => Value::False,
                },
            ));
            out.push((
                "RecursiveDirectoryIterator",
                "subPathName",
                Value::from(d.sub_path.clone().unwrap_or_default()),
            ));
        }
        Kind::File(fo) => {
            out.push((
                "SplFileObject",
                "openMode",
                Value::from(fo.open_mode.clone()),
            ));
            out.push(("SplFileObject", "delimiter", Value::from(vec![fo.sep])));
            out.push(("SplFileObject", "enclosure", Value::from(vec![fo.enc])));
        }
        Kind::Info => {}
    }
    out
}

/// An int argument of a native method, or `default` when absent.
pub(crate) fn opt_int(
    vm: &mut Vm,
    a: &[Value],
    i: usize,
    func: &str,
    name: &str,
    default: i64,
) -> Result<i64, Unwind> {
    if given(a, i) {
        int_arg(vm, &a[i], func, i + 1, name)
    } else {
        Ok(default)
    }
}

#[cfg(test)]
mod tests {
    use super::dir_part;
    use crate::closure::tests::run;

    #[test]
    fn dir_part_is_what_precedes_the_last_slash() {
        assert_eq!(dir_part(b"/a/b.c", 6), b"/a");
        assert_eq!(dir_part(b"b.c", 3), b"");
        assert_eq!(dir_part(b"/x", 2), b"");
    }

    // Expected outputs are real php 8.2's.
    #[test]
    fn file_info_splits_its_name() {
        let out = run(
            r#"$i = new SplFileInfo('/a/b.tar.gz/'); echo $i->getPath(), '|', $i->getFilename(), '|', $i->getExtension(), '|', $i->getBasename('.gz'), '|', $i, "\n";
$j = new SplFileInfo('x'); echo $j->getPath(), '|', $j->getPathInfo()->getPathname(), "\n";"#,
        );
        assert_eq!(out, "/a|b.tar.gz|gz|b.tar|/a/b.tar.gz\n|.\n");
    }
}
