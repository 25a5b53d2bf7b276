//! `SplFileObject` and `SplTempFileObject` (ext/spl/spl_directory.c): a stream read
//! line by line (or csv record by record) as an iterator, with the stream functions
//! as methods.

use std::rc::Rc;

use super::fs::{
    call_builtin, context_arg, dir_part, fs, given, opt_int, path_arg, str_arg, FileObj, Kind,
    NOT_CONSTRUCTED,
};
use super::{int_arg, R};
use crate::class::{MethodCtx, NativeClass, NativeConst, NativeMethod, UNCLONEABLE};
use crate::resource::{Resource, ResourceKind};
use crate::stream::Stream;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

const DROP_NEW_LINE: i64 = 1;
const READ_AHEAD: i64 = 2;
const SKIP_EMPTY: i64 = 4;
const READ_CSV: i64 = 8;

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "SplFileObject",
        parent: Some("SplFileInfo"),
        flags: UNCLONEABLE,
        interfaces: &["RecursiveIterator", "SeekableIterator"],
        consts: &[
            ("DROP_NEW_LINE", NativeConst::Long(DROP_NEW_LINE)),
            ("READ_AHEAD", NativeConst::Long(READ_AHEAD)),
            ("SKIP_EMPTY", NativeConst::Long(SKIP_EMPTY)),
            ("READ_CSV", NativeConst::Long(READ_CSV)),
        ],
        methods: &[
            NativeMethod::new(
                "__construct",
                construct,
                &["filename", "mode", "useIncludePath", "context"],
                1,
            ),
            NativeMethod::new("rewind", rewind, &[], 0),
            NativeMethod::new("eof", eof, &[], 0),
            NativeMethod::new("valid", valid, &[], 0),
            NativeMethod::new("fgets", fgets, &[], 0),
            NativeMethod::new("fread", fread, &["length"], 1),
            NativeMethod::new("fgetcsv", fgetcsv, &["separator", "enclosure", "escape"], 0),
            NativeMethod::new(
                "fputcsv",
                fputcsv,
                &["fields", "separator", "enclosure", "escape", "eol"],
                1,
            ),
            NativeMethod::new(
                "setCsvControl",
                set_csv_control,
                &["separator", "enclosure", "escape"],
                0,
            ),
            NativeMethod::new("getCsvControl", get_csv_control, &[], 0),
            NativeMethod {
                by_ref: &[1],
                ..NativeMethod::new("flock", flock, &["operation", "wouldBlock"], 1)
            },
            NativeMethod::new("fflush", fflush, &[], 0),
            NativeMethod::new("ftell", ftell, &[], 0),
            NativeMethod::new("fseek", fseek, &["offset", "whence"], 1),
            NativeMethod::new("fgetc", fgetc, &[], 0),
            NativeMethod::new("fpassthru", fpassthru, &[], 0),
            NativeMethod {
                by_ref: &[1],
                variadic: true,
                ..NativeMethod::new("fscanf", fscanf, &["format", "vars"], 1)
            },
            NativeMethod::new("fwrite", fwrite, &["data", "length"], 1),
            NativeMethod::new("fstat", fstat, &[], 0),
            NativeMethod::new("ftruncate", ftruncate, &["size"], 1),
            NativeMethod::new("current", current, &[], 0),
            NativeMethod::new("key", key, &[], 0),
            NativeMethod::new("next", next, &[], 0),
            NativeMethod::new("setFlags", set_flags, &["flags"], 1),
            NativeMethod::new("getFlags", get_flags, &[], 0),
            NativeMethod::new("setMaxLineLen", set_max_line_len, &["maxLength"], 1),
            NativeMethod::new("getMaxLineLen", get_max_line_len, &[], 0),
            NativeMethod::new("hasChildren", has_children, &[], 0),
            NativeMethod::new("getChildren", get_children, &[], 0),
            NativeMethod::new("seek", seek, &["line"], 1),
            NativeMethod::new("getCurrentLine", fgets, &[], 0),
            NativeMethod::new("__toString", to_string, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "SplTempFileObject",
        parent: Some("SplFileObject"),
        flags: UNCLONEABLE,
        methods: &[NativeMethod::new(
            "__construct",
            temp_construct,
            &["maxMemory"],
            0,
        )],
        ..NativeClass::EMPTY
    },
];

/// A fresh file object over `s`, named `name`.
fn open(vm: &mut Vm, s: Stream, mode: Vec<u8>) -> FileObj {
    FileObj {
        stream: vm.new_resource(ResourceKind::Stream(Box::new(s))),
        open_mode: mode,
        line: None,
        csv: None,
        line_num: 0,
        max_len: 0,
        sep: b',',
        enc: b'"',
        esc: Some(b'\\'),
    }
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "SplFileObject::__construct";
    let name = path_arg(vm, a, 0, F, "filename")?;
    let mode = if given(a, 1) {
        str_arg(vm, a, 1, F, "mode")?
    } else {
        b"r".to_vec()
    };
    context_arg(vm, a, 3, F)?;
    if fs(c, |f| matches!(f.kind, Kind::File(_))) {
        return Err(vm.throw_error("Error", "Cannot call constructor twice".into()));
    }
    if name.is_empty() {
        return Err(vm.throw_error("ValueError", "Path cannot be empty".into()));
    }
    if std::fs::metadata(crate::builtins::file::path_of(&name)).is_ok_and(|m| m.is_dir()) {
        return Err(vm.throw_error(
            "LogicException",
            "Cannot use SplFileObject with directories".into(),
        ));
    }
    let use_include_path = given(a, 2) && a[2].deref().to_bool();
    let name = match use_include_path {
        true => include_path_name(vm, name),
        false => name,
    };
    let s = match vm.open_stream(&name, &mode, F) {
        Ok(s) => s,
        Err(why) => {
            return Err(vm.throw_error(
                "RuntimeException",
                format!(
                    "{F}({}): Failed to open stream: {why}",
                    String::from_utf8_lossy(&name)
                ),
            ))
        }
    };
    let fo = open(vm, s, mode);
    let mut len = name.len();
    if len > 1 && name[len - 1] == b'/' {
        len -= 1;
    }
    let path = dir_part(&name, len).to_vec();
    fs(c, |f| {
        f.file_name = Some(name[..len].to_vec());
        f.path = Some(path);
        f.kind = Kind::File(Box::new(fo));
    });
    Ok(Value::Null)
}

/// A relative name found through `include_path` (then the script's directory), as
/// `fopen` with USE_PATH finds it; else the name as given.
fn include_path_name(vm: &mut Vm, name: Vec<u8>) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    let include_path = vm.ini_get("include_path").unwrap_or(".").to_string();
    let current = vm.current_file();
    let shown = String::from_utf8_lossy(&name).into_owned();
    match crate::include::resolve(&shown, &include_path, &current) {
        Some(p) => p.as_os_str().as_bytes().to_vec(),
        None => name,
    }
}

fn temp_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let max = opt_int(
        vm,
        a,
        0,
        "SplTempFileObject::__construct",
        "maxMemory",
        2 << 20,
    )?;
    if fs(c, |f| matches!(f.kind, Kind::File(_))) {
        return Err(vm.throw_error("Error", "Cannot call constructor twice".into()));
    }
    let name = if max < 0 {
        b"php://memory".to_vec()
    } else if given(a, 0) {
        format!("php://temp/maxmemory:{max}").into_bytes()
    } else {
        b"php://temp".to_vec()
    };
    let s = Stream::memory(Vec::new(), &name, max >= 0);
    let fo = open(vm, s, b"wb".to_vec());
    fs(c, |f| {
        f.file_name = Some(name);
        f.path = Some(Vec::new());
        f.kind = Kind::File(Box::new(fo));
    });
    Ok(Value::Null)
}

/// The open file of `$this`, or the error of an object whose constructor did not run.
fn file(vm: &mut Vm, c: &MethodCtx) -> Result<(Rc<Resource>, i64), Unwind> {
    match fs(c, |f| match &f.kind {
        Kind::File(fo) => Some((fo.stream.clone(), f.flags)),
        _ => None,
    }) {
        Some(x) => Ok(x),
        None => Err(vm.throw_error("Error", NOT_CONSTRUCTED.into())),
    }
}

/// Run `op` on the file state and its stream (a user wrapper's may call user code).
fn with_file<T>(
    vm: &mut Vm,
    c: &MethodCtx,
    op: impl FnOnce(&mut FileObj, i64, &mut Stream, &mut Vm) -> T,
) -> Result<T, Unwind> {
    let (res, _) = file(vm, c)?;
    let mut kind = res.kind.borrow_mut();
    let ResourceKind::Stream(s) = &mut *kind else {
        drop(kind);
        return Err(vm.throw_error("Error", NOT_CONSTRUCTED.into()));
    };
    Ok(fs(c, |f| {
        let flags = f.flags;
        match &mut f.kind {
            Kind::File(fo) => Some(op(fo, flags, s, vm)),
            _ => None,
        }
    })
    .expect("checked by file()"))
}

impl FileObj {
    fn free_line(&mut self) {
        self.line = None;
        self.csv = None;
    }

    /// `spl_filesystem_file_read_ex`: the next line (false at the end of the file).
    fn read_ex(
        &mut self,
        vm: &mut Vm,
        flags: i64,
        s: &mut Stream,
        line_add: i64,
        csv: bool,
    ) -> bool {
        self.free_line();
        if s.at_eof() {
            return false;
        }
        let max = (self.max_len > 0).then_some(self.max_len);
        let mut line = s.read_line(vm, max).ok().flatten().unwrap_or_default();
        if !csv && flags & DROP_NEW_LINE != 0 && line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        }
        self.line = Some(line);
        self.line_num += line_add;
        true
    }

    fn read(&mut self, vm: &mut Vm, flags: i64, s: &mut Stream, csv: bool) -> bool {
        let add = i64::from(self.line.is_some());
        self.read_ex(vm, flags, s, add, csv)
    }

    fn line_empty(&self, flags: i64) -> bool {
        let line = self.line.as_deref().unwrap_or_default();
        line.is_empty()
            || (flags & READ_CSV != 0
                && flags & DROP_NEW_LINE != 0
                && (line == b"\n" || line == b"\r\n"))
    }

    /// The next csv record, empty lines skipped with SKIP_EMPTY.
    fn read_csv(
        &mut self,
        vm: &mut Vm,
        flags: i64,
        s: &mut Stream,
        ctl: (u8, u8, Option<u8>),
    ) -> bool {
        loop {
            if !self.read(vm, flags, s, true) {
                return false;
            }
            if !(self.line_empty(flags) && flags & SKIP_EMPTY != 0) {
                break;
            }
        }
        let line = self.line.clone().unwrap_or_default();
        let record = crate::builtins::streams::csv_record(vm, s, line, ctl.0, ctl.1, ctl.2);
        self.csv = Some(Value::from(record));
        true
    }

    fn read_line_once(&mut self, vm: &mut Vm, flags: i64, s: &mut Stream) -> bool {
        if flags & READ_CSV != 0 {
            let ctl = (self.sep, self.enc, self.esc);
            self.read_csv(vm, flags, s, ctl)
        } else {
            self.read(vm, flags, s, false)
        }
    }

    /// `spl_filesystem_file_read_line`: the next line or record, empty ones skipped
    /// with SKIP_EMPTY.
    fn read_line(&mut self, vm: &mut Vm, flags: i64, s: &mut Stream) -> bool {
        let mut ok = self.read_line_once(vm, flags, s);
        while flags & SKIP_EMPTY != 0 && ok && self.line_empty(flags) {
            self.free_line();
            ok = self.read_line_once(vm, flags, s);
        }
        ok
    }

    /// Back to the start; false when the stream cannot seek.
    fn rewind(&mut self, vm: &mut Vm, flags: i64, s: &mut Stream) -> bool {
        if !s.seekable() || !s.seek(vm, 0, 0) {
            return false;
        }
        self.free_line();
        self.line_num = 0;
        if flags & READ_AHEAD != 0 {
            self.read_line(vm, flags, s);
        }
        true
    }
}

fn file_name(c: &MethodCtx) -> String {
    String::from_utf8_lossy(&fs(c, |f| f.file_name.clone()).unwrap_or_default()).into_owned()
}

fn cannot_read(vm: &mut Vm, c: &MethodCtx) -> Unwind {
    let msg = format!("Cannot read from file {}", file_name(c));
    vm.throw_error("RuntimeException", msg)
}

fn do_rewind(vm: &mut Vm, c: &MethodCtx) -> Result<(), Unwind> {
    if !with_file(vm, c, |fo, flags, s, vm| fo.rewind(vm, flags, s))? {
        let msg = format!("Cannot rewind file {}", file_name(c));
        return Err(vm.throw_error("RuntimeException", msg));
    }
    Ok(())
}

fn rewind(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    do_rewind(vm, c)?;
    Ok(Value::Null)
}

fn eof(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |_, _, s, _| Value::from(s.at_eof()))
}

fn valid(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |fo, flags, s, _| {
        Value::from(if flags & READ_AHEAD != 0 {
            fo.line.is_some() || fo.csv.is_some()
        } else {
            !s.at_eof()
        })
    })
}

fn fgets(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    match with_file(vm, c, |fo, flags, s, vm| {
        fo.read_ex(vm, flags, s, 1, false).then(|| fo.line.clone())
    })? {
        Some(line) => Ok(Value::from(line.unwrap_or_default())),
        None => Err(cannot_read(vm, c)),
    }
}

fn current(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |fo, flags, s, vm| {
        if fo.line.is_none() && fo.csv.is_none() {
            fo.read_line(vm, flags, s);
        }
        match (&fo.line, &fo.csv) {
            (Some(l), csv) if flags & READ_CSV == 0 || csv.is_none() => Value::from(l.clone()),
            (_, Some(csv)) => csv.clone(),
            _ => Value::False,
        }
    })
}

fn key(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |fo, _, _, _| Value::Long(fo.line_num))
}

fn next(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |fo, flags, s, vm| {
        fo.free_line();
        if flags & READ_AHEAD != 0 {
            fo.read_line(vm, flags, s);
        }
        fo.line_num += 1;
    })?;
    Ok(Value::Null)
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    match with_file(vm, c, |fo, flags, s, vm| {
        (fo.line.is_some() || fo.read_line(vm, flags, s)).then(|| fo.line.clone())
    })? {
        Some(line) => Ok(Value::from(line.unwrap_or_default())),
        None => Err(cannot_read(vm, c)),
    }
}

fn seek(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let n = int_arg(vm, &a[0], "SplFileObject::seek", 1, "line")?;
    file(vm, c)?;
    if n < 0 {
        return Err(vm.throw_error(
            "ValueError",
            "SplFileObject::seek(): Argument #1 ($line) must be greater than or equal to 0".into(),
        ));
    }
    do_rewind(vm, c)?;
    with_file(vm, c, |fo, flags, s, vm| {
        for _ in 0..n {
            if !fo.read_line(vm, flags, s) {
                return;
            }
        }
        if n > 0 && flags & READ_AHEAD == 0 {
            fo.line_num += 1;
            fo.free_line();
        }
    })?;
    Ok(Value::Null)
}

fn set_flags(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let flags = int_arg(vm, &a[0], "SplFileObject::setFlags", 1, "flags")?;
    fs(c, |f| f.flags = flags);
    Ok(Value::Null)
}

fn get_flags(_: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(fs(c, |f| f.flags) & 0xF))
}

fn set_max_line_len(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let n = int_arg(vm, &a[0], "SplFileObject::setMaxLineLen", 1, "maxLength")?;
    if n < 0 {
        return Err(vm.throw_error(
            "ValueError",
            "SplFileObject::setMaxLineLen(): Argument #1 ($maxLength) must be greater than or equal to 0"
                .into(),
        ));
    }
    with_file(vm, c, |fo, _, _, _| fo.max_len = n as usize)?;
    Ok(Value::Null)
}

fn get_max_line_len(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |fo, _, _, _| Value::Long(fo.max_len as i64))
}

fn has_children(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::False)
}

fn get_children(_: &mut Vm, _: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Null)
}

/// The csv control arguments from position `at` (separator, enclosure, escape),
/// defaulting to `base`.
fn csv_args(
    vm: &mut Vm,
    a: &[Value],
    at: usize,
    func: &str,
    base: (u8, u8, Option<u8>),
) -> Result<(u8, u8, Option<u8>), Unwind> {
    let mut ctl = base;
    let names = ["separator", "enclosure", "escape"];
    for (k, name) in names.iter().enumerate() {
        let i = at + k;
        if !given(a, i) {
            continue;
        }
        let v = str_arg(vm, a, i, func, name)?;
        let bad = |vm: &mut Vm, what: &str| {
            vm.throw_error(
                "ValueError",
                format!("{func}(): Argument #{} (${name}) {what}", i + 1),
            )
        };
        match k {
            0 | 1 if v.len() != 1 => return Err(bad(vm, "must be a single character")),
            0 => ctl.0 = v[0],
            1 => ctl.1 = v[0],
            _ if v.len() > 1 => return Err(bad(vm, "must be empty or a single character")),
            _ => ctl.2 = v.first().copied(),
        }
    }
    Ok(ctl)
}

fn control(vm: &mut Vm, c: &MethodCtx) -> Result<(u8, u8, Option<u8>), Unwind> {
    with_file(vm, c, |fo, _, _, _| (fo.sep, fo.enc, fo.esc))
}

fn fgetcsv(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let base = control(vm, c)?;
    let ctl = csv_args(vm, a, 0, "SplFileObject::fgetcsv", base)?;
    with_file(vm, c, |fo, flags, s, vm| {
        if fo.read_csv(vm, flags, s, ctl) {
            fo.csv.clone().unwrap_or_default()
        } else {
            Value::False
        }
    })
}

fn fputcsv(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "SplFileObject::fputcsv";
    let fields = match a[0].deref() {
        Value::Array(arr) => arr,
        v => {
            return Err(vm.throw_error(
                "TypeError",
                format!(
                    "{F}(): Argument #1 ($fields) must be of type array, {} given",
                    v.debug_type_name()
                ),
            ))
        }
    };
    let base = control(vm, c)?;
    let (sep, enc, esc) = csv_args(vm, a, 1, F, base)?;
    let eol = if given(a, 4) {
        str_arg(vm, a, 4, F, "eol")?
    } else {
        b"\n".to_vec()
    };
    let line = crate::builtins::streams::csv_line(vm, &fields, sep, enc, esc, &eol)?;
    let (res, _) = file(vm, c)?;
    call_builtin(vm, "fwrite", vec![Value::Resource(res), Value::from(line)])
}

fn set_csv_control(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let ctl = csv_args(
        vm,
        a,
        0,
        "SplFileObject::setCsvControl",
        (b',', b'"', Some(b'\\')),
    )?;
    with_file(vm, c, |fo, _, _, _| (fo.sep, fo.enc, fo.esc) = ctl)?;
    Ok(Value::Null)
}

fn get_csv_control(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let (sep, enc, esc) = control(vm, c)?;
    Ok(Value::from(crate::array::PhpArray::from_list(vec![
        Value::from(vec![sep]),
        Value::from(vec![enc]),
        Value::from(esc.map(|e| vec![e]).unwrap_or_default()),
    ])))
}

/// The stream function `func` on this file's stream and the method's arguments.
fn delegate(vm: &mut Vm, c: &MethodCtx, func: &str, a: &[Value]) -> R {
    let (res, _) = file(vm, c)?;
    let mut args = vec![Value::Resource(res)];
    args.extend(a.iter().filter(|v| !matches!(v, Value::Undef)).cloned());
    call_builtin(vm, func, args)
}

fn flock(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    delegate(vm, c, "flock", a)
}

fn fflush(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    delegate(vm, c, "fflush", a)
}

fn ftell(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    delegate(vm, c, "ftell", a)
}

fn fseek(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    with_file(vm, c, |fo, _, _, _| fo.free_line())?;
    delegate(vm, c, "fseek", a)
}

fn fgetc(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    with_file(vm, c, |fo, _, s, vm| {
        fo.free_line();
        match s.read(vm, 1) {
            Ok(b) if !b.is_empty() => {
                if b[0] == b'\n' {
                    fo.line_num += 1;
                }
                Value::from(b)
            }
            _ => Value::False,
        }
    })
}

fn fpassthru(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    delegate(vm, c, "fpassthru", a)
}

fn fscanf(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let format = str_arg(vm, a, 0, "SplFileObject::fscanf", "format")?;
    let line = with_file(vm, c, |fo, flags, s, vm| {
        fo.read(vm, flags, s, false).then(|| fo.line.clone())
    })?;
    let Some(line) = line else {
        return Err(cannot_read(vm, c));
    };
    let mut args = vec![Value::from(line.unwrap_or_default()), Value::from(format)];
    args.extend(a.iter().skip(1).cloned());
    call_builtin(vm, "sscanf", args)
}

fn fwrite(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "SplFileObject::fwrite";
    let data = str_arg(vm, a, 0, F, "data")?;
    let mut len = data.len();
    if given(a, 1) {
        let n = int_arg(vm, &a[1], F, 2, "length")?;
        len = if n >= 0 { len.min(n as usize) } else { 0 };
    }
    file(vm, c)?;
    if len == 0 {
        return Ok(Value::Long(0));
    }
    delegate(vm, c, "fwrite", &[Value::from(&data[..len])])
}

fn fread(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let n = int_arg(vm, &a[0], "SplFileObject::fread", 1, "length")?;
    file(vm, c)?;
    if n <= 0 {
        return Err(vm.throw_error(
            "ValueError",
            "SplFileObject::fread(): Argument #1 ($length) must be greater than 0".into(),
        ));
    }
    delegate(vm, c, "fread", &[Value::Long(n)])
}

fn fstat(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    delegate(vm, c, "fstat", a)
}

fn ftruncate(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let size = int_arg(vm, &a[0], "SplFileObject::ftruncate", 1, "size")?;
    if !with_file(vm, c, |_, _, s, _| s.seekable())? {
        let msg = format!("Can't truncate file {}", file_name(c));
        return Err(vm.throw_error("LogicException", msg));
    }
    delegate(vm, c, "ftruncate", &[Value::Long(size)])
}
