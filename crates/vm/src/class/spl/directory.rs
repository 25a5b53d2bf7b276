//! `DirectoryIterator`, `FilesystemIterator`, `RecursiveDirectoryIterator` and
//! `GlobIterator` (ext/spl/spl_directory.c): a directory's entries in readdir order,
//! the object itself standing for the current one.

use super::fs::{
    basename_with, call_builtin, construct, extension, fs, given, make_info, not_initialized,
    opt_int, path_arg, DirObj, Kind, NOT_CONSTRUCTED,
};
use super::{int_arg, this, with, R};
use crate::builtins::file::path_of;
use crate::class::{MethodCtx, NativeClass, NativeConst, NativeMethod, UNCLONEABLE};
use crate::resource::ResourceKind;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

const CURRENT_AS_SELF: i64 = 0x10;
const CURRENT_AS_PATHNAME: i64 = 0x20;
const CURRENT_MODE_MASK: i64 = 0xF0;
const KEY_AS_FILENAME: i64 = 0x100;
const KEY_MODE_MASK: i64 = 0xF00;
const SKIP_DOTS: i64 = 0x1000;
const UNIX_PATHS: i64 = 0x2000;
const FOLLOW_SYMLINKS: i64 = 0x4000;
const OTHER_MODE_MASK: i64 = 0x7000;

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "DirectoryIterator",
        parent: Some("SplFileInfo"),
        interfaces: &["SeekableIterator"],
        methods: &[
            NativeMethod::new("__construct", dir_construct, &["directory"], 1),
            NativeMethod::new("getFilename", get_filename, &[], 0),
            NativeMethod::new("getExtension", get_extension, &[], 0),
            NativeMethod::new("getBasename", get_basename, &["suffix"], 0),
            NativeMethod::new("isDot", dot, &[], 0),
            NativeMethod::new("rewind", rewind, &[], 0),
            NativeMethod::new("valid", valid, &[], 0),
            NativeMethod::new("key", key, &[], 0),
            NativeMethod::new("current", current, &[], 0),
            NativeMethod::new("next", next, &[], 0),
            NativeMethod::new("seek", seek, &["offset"], 1),
            NativeMethod::new("__toString", get_filename, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "FilesystemIterator",
        parent: Some("DirectoryIterator"),
        consts: &[
            ("CURRENT_MODE_MASK", NativeConst::Long(CURRENT_MODE_MASK)),
            (
                "CURRENT_AS_PATHNAME",
                NativeConst::Long(CURRENT_AS_PATHNAME),
            ),
            ("CURRENT_AS_FILEINFO", NativeConst::Long(0)),
            ("CURRENT_AS_SELF", NativeConst::Long(CURRENT_AS_SELF)),
            ("KEY_MODE_MASK", NativeConst::Long(KEY_MODE_MASK)),
            ("KEY_AS_PATHNAME", NativeConst::Long(0)),
            ("FOLLOW_SYMLINKS", NativeConst::Long(FOLLOW_SYMLINKS)),
            ("KEY_AS_FILENAME", NativeConst::Long(KEY_AS_FILENAME)),
            ("NEW_CURRENT_AND_KEY", NativeConst::Long(KEY_AS_FILENAME)),
            ("OTHER_MODE_MASK", NativeConst::Long(OTHER_MODE_MASK)),
            ("SKIP_DOTS", NativeConst::Long(SKIP_DOTS)),
            ("UNIX_PATHS", NativeConst::Long(UNIX_PATHS)),
        ],
        methods: &[
            NativeMethod::new("__construct", fs_construct, &["directory", "flags"], 1),
            NativeMethod::new("rewind", fs_rewind, &[], 0),
            NativeMethod::new("key", fs_key, &[], 0),
            NativeMethod::new("current", fs_current, &[], 0),
            NativeMethod::new("getFlags", get_flags, &[], 0),
            NativeMethod::new("setFlags", set_flags, &["flags"], 1),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "RecursiveDirectoryIterator",
        parent: Some("FilesystemIterator"),
        interfaces: &["RecursiveIterator"],
        methods: &[
            NativeMethod::new(
                "__construct",
                recursive_construct,
                &["directory", "flags"],
                1,
            ),
            NativeMethod::new("hasChildren", has_children, &["allowLinks"], 0),
            NativeMethod::new("getChildren", get_children, &[], 0),
            NativeMethod::new("getSubPath", get_sub_path, &[], 0),
            NativeMethod::new("getSubPathname", get_sub_pathname, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "GlobIterator",
        parent: Some("FilesystemIterator"),
        flags: UNCLONEABLE,
        interfaces: &["Countable"],
        methods: &[
            NativeMethod::new("__construct", glob_construct, &["pattern", "flags"], 1),
            NativeMethod::new("count", count, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
];

fn is_dot(name: &[u8]) -> bool {
    name == b"." || name == b".."
}

impl DirObj {
    /// `spl_filesystem_dir_read`: the next entry ("" at the end).
    fn read(&mut self) {
        match self.entries.get(self.next) {
            Some(e) if self.glob.is_some() => {
                self.entry = crate::builtins::file::base_name(e, b"").to_vec();
                self.glob_match = Some(e.clone());
            }
            Some(e) => self.entry = e.clone(),
            None => {
                self.entry.clear();
                self.glob_match = None;
            }
        }
        self.next += 1;
    }

    fn read_skipping(&mut self, skip_dots: bool) {
        loop {
            self.read();
            if !(skip_dots && is_dot(&self.entry)) {
                break;
            }
        }
    }

    fn rewind(&mut self, skip_dots: bool) {
        self.index = 0;
        self.next = 0;
        self.read_skipping(skip_dots);
    }
}

/// `spl_filesystem_object_construct`: open `directory` (a glob pattern for
/// GlobIterator) with `flags`.
fn open(
    vm: &mut Vm,
    c: &MethodCtx,
    a: &[Value],
    class: &str,
    default_flags: Option<i64>,
    glob: bool,
) -> R {
    let func = format!("{class}::__construct");
    let param = if glob { "pattern" } else { "directory" };
    let path = path_arg(vm, a, 0, &func, param)?;
    let flags = match default_flags {
        Some(d) => opt_int(vm, a, 1, &func, "flags", d)?,
        None => CURRENT_AS_SELF,
    };
    if path.is_empty() {
        return Err(vm.throw_error(
            "ValueError",
            format!("{func}(): Argument #1 (${param}) cannot be empty"),
        ));
    }
    if fs(c, |f| f.path.is_some()) {
        return Err(vm.throw_error("Error", "Directory object is already initialized".into()));
    }
    let pattern = match path.strip_prefix(b"glob://") {
        Some(p) => Some(p.to_vec()),
        None if glob => Some(path.clone()),
        None => None,
    };
    let mut d = DirObj::default();
    let stored = match &pattern {
        Some(p) => {
            let mut g = b"glob://".to_vec();
            g.extend_from_slice(p);
            let found = call_builtin(vm, "glob", vec![Value::from(p.clone())])?;
            if let Value::Array(list) = found {
                d.entries = list
                    .values()
                    .map(|v| v.to_string_lossy(14).to_vec())
                    .collect();
            }
            d.glob = Some(g.clone());
            g
        }
        None => match crate::builtins::streams::read_dir_names(&path) {
            Ok(entries) => {
                d.entries = entries;
                path.clone()
            }
            Err(e) => {
                fs(c, |f| f.path = Some(path.clone()));
                return Err(vm.throw_error(
                    "UnexpectedValueException",
                    format!(
                        "{func}({}): Failed to open directory: {}",
                        String::from_utf8_lossy(&path),
                        crate::builtins::file::strerror(&e)
                    ),
                ));
            }
        },
    };
    let stored = match stored.len() {
        n if n > 1 && stored[n - 1] == b'/' => stored[..n - 1].to_vec(),
        _ => stored,
    };
    d.read_skipping(flags & SKIP_DOTS != 0);
    // PHP's directory stream takes a resource id.
    vm.new_resource(ResourceKind::Closed);
    fs(c, |f| {
        f.flags = flags;
        f.path = Some(stored);
        f.kind = Kind::Dir(Box::new(d));
    });
    Ok(Value::Null)
}

fn dir_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    open(vm, c, a, "DirectoryIterator", None, false)
}

fn fs_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    open(vm, c, a, "FilesystemIterator", Some(SKIP_DOTS), false)
}

fn recursive_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    open(vm, c, a, "RecursiveDirectoryIterator", Some(0), false)
}

fn glob_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    if fs(c, |f| f.path.is_none()) && !given(a, 0) {
        return Err(vm.throw_error("Error", NOT_CONSTRUCTED.into()));
    }
    open(vm, c, a, "GlobIterator", Some(0), true)
}

/// Run `op` on the open directory (its flags alongside), or "Object not
/// initialized". `op` must not call user code.
fn with_dir<T>(
    vm: &mut Vm,
    c: &MethodCtx,
    op: impl FnOnce(&mut DirObj, i64) -> T,
) -> Result<T, Unwind> {
    let r = fs(c, |f| {
        let flags = f.flags;
        match &mut f.kind {
            Kind::Dir(d) => Some(op(d, flags)),
            _ => None,
        }
    });
    r.ok_or_else(|| not_initialized(vm))
}

fn entry(vm: &mut Vm, c: &MethodCtx) -> Result<Vec<u8>, Unwind> {
    with_dir(vm, c, |d, _| d.entry.clone())
}

fn get_filename(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(entry(vm, c)?))
}

fn get_extension(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(extension(&entry(vm, c)?)))
}

fn get_basename(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let name = entry(vm, c)?;
    basename_with(vm, a, "DirectoryIterator::getBasename", &name)
}

fn dot(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::from(is_dot(&entry(vm, c)?)))
}

fn rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_dir(vm, c, |d, _| d.rewind(false))?;
    Ok(Value::Null)
}

fn valid(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_dir(vm, c, |d, _| Value::from(!d.entry.is_empty()))
}

fn key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_dir(vm, c, |d, _| Value::Long(d.index))
}

fn current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_dir(vm, c, |_, _| ())?;
    Ok(Value::Object(this(c)))
}

fn next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_dir(vm, c, |d, flags| {
        d.index += 1;
        d.read_skipping(flags & SKIP_DOTS != 0);
    })?;
    Ok(Value::Null)
}

/// `seek()`: through the (possibly overridden) rewind/valid/next methods.
fn seek(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let pos = int_arg(vm, &a[0], "DirectoryIterator::seek", 1, "offset")?;
    let o = this(c);
    if with_dir(vm, c, |d, _| d.index)? > pos {
        vm.call_method(&o, "rewind", Vec::new())?;
    }
    while with_dir(vm, c, |d, _| d.index)? < pos {
        if !vm.call_method(&o, "valid", Vec::new())?.to_bool() {
            return Err(vm.throw_error(
                "OutOfBoundsException",
                format!("Seek position {pos} is out of range"),
            ));
        }
        vm.call_method(&o, "next", Vec::new())?;
    }
    Ok(Value::Null)
}

fn fs_rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_dir(vm, c, |d, flags| d.rewind(flags & SKIP_DOTS != 0))?;
    Ok(Value::Null)
}

fn full_name(vm: &mut Vm, c: &MethodCtx) -> Result<Vec<u8>, Unwind> {
    fs(c, |f| f.full_name()).ok_or_else(|| not_initialized(vm))
}

fn fs_key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let flags = fs(c, |f| f.flags);
    if flags & KEY_MODE_MASK == KEY_AS_FILENAME {
        return Ok(Value::from(entry(vm, c)?));
    }
    Ok(Value::from(full_name(vm, c)?))
}

fn fs_current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let flags = fs(c, |f| f.flags);
    match flags & CURRENT_MODE_MASK {
        CURRENT_AS_PATHNAME => Ok(Value::from(full_name(vm, c)?)),
        0 => {
            let name = full_name(vm, c)?;
            let (path, own) = fs(c, |f| (f.get_path(), f.info_class.clone()));
            let class = match own {
                Some(k) => k,
                None => vm
                    .find_class(b"SplFileInfo")
                    .expect("SplFileInfo is built in"),
            };
            make_info(vm, &class, name, Some(path))
        }
        _ => Ok(Value::Object(this(c))),
    }
}

fn get_flags(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(
        fs(c, |f| f.flags) & (KEY_MODE_MASK | CURRENT_MODE_MASK | OTHER_MODE_MASK),
    ))
}

fn set_flags(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let flags = int_arg(vm, &a[0], "FilesystemIterator::setFlags", 1, "flags")?;
    let mask = KEY_MODE_MASK | CURRENT_MODE_MASK | OTHER_MODE_MASK;
    fs(c, |f| f.flags = (f.flags & !mask) | (flags & mask));
    Ok(Value::Null)
}

fn has_children(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let allow_links = given(a, 0) && a[0].deref().to_bool();
    let name = entry(vm, c)?;
    if name.is_empty() || is_dot(&name) {
        return Ok(Value::False);
    }
    let full = full_name(vm, c)?;
    let Ok(meta) = std::fs::symlink_metadata(path_of(&full)) else {
        return Ok(Value::False);
    };
    if !meta.file_type().is_symlink() {
        return Ok(Value::from(meta.is_dir()));
    }
    if !allow_links && fs(c, |f| f.flags) & FOLLOW_SYMLINKS == 0 {
        return Ok(Value::False);
    }
    Ok(Value::from(
        std::fs::metadata(path_of(&full)).is_ok_and(|m| m.is_dir()),
    ))
}

fn get_children(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let full = full_name(vm, c)?;
    let (flags, info, file, sub, name) = fs(c, |f| {
        let (sub, name) = match &f.kind {
            Kind::Dir(d) => (d.sub_path.clone(), d.entry.clone()),
            _ => (None, Vec::new()),
        };
        (
            f.flags,
            f.info_class.clone(),
            f.file_class.clone(),
            sub,
            name,
        )
    });
    let class = this(c).class.clone();
    let child = construct(vm, &class, vec![Value::from(full), Value::Long(flags)])?;
    let sub_path = match sub {
        Some(mut s) if !s.is_empty() => {
            s.push(b'/');
            s.extend_from_slice(&name);
            s
        }
        _ => name,
    };
    with(&child, |f: &mut super::fs::Fs| {
        if let Kind::Dir(d) = &mut f.kind {
            d.sub_path = Some(sub_path);
        }
        f.info_class = info;
        f.file_class = file;
    });
    Ok(Value::Object(child))
}

fn get_sub_path(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let sub = with_dir(vm, c, |d, _| d.sub_path.clone()).unwrap_or_default();
    Ok(Value::from(sub.unwrap_or_default()))
}

fn get_sub_pathname(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (sub, name) =
        with_dir(vm, c, |d, _| (d.sub_path.clone(), d.entry.clone())).unwrap_or_default();
    Ok(Value::from(match sub {
        Some(mut s) => {
            s.push(b'/');
            s.extend_from_slice(&name);
            s
        }
        None => name,
    }))
}

fn count(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let n = fs(c, |f| match &f.kind {
        Kind::Dir(d) if d.glob.is_some() => Some(d.entries.len()),
        _ => None,
    });
    match n {
        Some(n) => Ok(Value::Long(n as i64)),
        None => Err(vm.throw_error("Error", NOT_CONSTRUCTED.into())),
    }
}
