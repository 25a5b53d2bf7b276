//! Stream and directory functions over resources (`fopen`, `fread`, `fgets`,
//! `fwrite`, `fgetcsv`, `opendir`…), with PHP's warnings, notices and TypeErrors.
//! The streams themselves are in `crate::stream`.

use std::rc::Rc;

use crate::array::PhpArray;
use crate::resource::{Resource, ResourceKind};
use crate::stream::{self, Backend, DirHandle, Mode, Stream};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{
    arg_array, arg_long, arg_str, func, get, has, opt_bool, opt_long, opt_str, type_error,
    value_error,
};
use super::file::{path_of, strerror};
use super::userstream::Route;
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "stream_resolve_include_path",
        stream_resolve_include_path,
        &["filename"],
        1,
    ),
    func(
        "fopen",
        fopen,
        &["filename", "mode", "use_include_path", "context"],
        2,
    ),
    func("fclose", fclose, &["stream"], 1),
    func("fread", fread, &["stream", "length"], 2),
    func("fgets", fgets, &["stream", "length"], 1),
    func("fgetc", fgetc, &["stream"], 1),
    func("fwrite", fwrite, &["stream", "data", "length"], 2),
    func("fputs", fputs, &["stream", "data", "length"], 2),
    func("feof", feof, &["stream"], 1),
    func("fflush", fflush, &["stream"], 1),
    func("ftell", ftell, &["stream"], 1),
    func("fseek", fseek, &["stream", "offset", "whence"], 2),
    func("rewind", rewind, &["stream"], 1),
    func("ftruncate", ftruncate, &["stream", "size"], 2),
    func("fstat", fstat, &["stream"], 1),
    func("flock", flock, &["stream", "operation", "would_block"], 2).with_by_ref(&[2]),
    func("stream_supports_lock", stream_supports_lock, &["stream"], 1),
    func(
        "stream_set_blocking",
        stream_set_blocking,
        &["stream", "enable"],
        2,
    ),
    func(
        "socket_set_blocking",
        socket_set_blocking,
        &["stream", "enable"],
        2,
    ),
    func(
        "stream_set_timeout",
        stream_set_timeout,
        &["stream", "seconds", "microseconds"],
        2,
    ),
    func(
        "socket_set_timeout",
        socket_set_timeout,
        &["stream", "seconds", "microseconds"],
        2,
    ),
    func(
        "stream_set_write_buffer",
        stream_set_write_buffer,
        &["stream", "size"],
        2,
    ),
    func("set_file_buffer", set_file_buffer, &["stream", "size"], 2),
    func(
        "stream_set_read_buffer",
        stream_set_read_buffer,
        &["stream", "size"],
        2,
    ),
    func(
        "stream_set_chunk_size",
        stream_set_chunk_size,
        &["stream", "size"],
        2,
    ),
    func(
        "stream_get_contents",
        stream_get_contents,
        &["stream", "length", "offset"],
        1,
    ),
    func("stream_get_meta_data", stream_get_meta_data, &["stream"], 1),
    func("fpassthru", fpassthru, &["stream"], 1),
    func(
        "stream_get_line",
        stream_get_line,
        &["stream", "length", "ending"],
        2,
    ),
    func(
        "stream_copy_to_stream",
        stream_copy_to_stream,
        &["from", "to", "length", "offset"],
        2,
    ),
    func("fprintf", fprintf, &["stream", "format", "values"], 2).with_variadic(),
    func("vfprintf", vfprintf, &["stream", "format", "values"], 3),
    func(
        "fputcsv",
        fputcsv,
        &[
            "stream",
            "fields",
            "separator",
            "enclosure",
            "escape",
            "eol",
        ],
        2,
    ),
    func(
        "fgetcsv",
        fgetcsv,
        &["stream", "length", "separator", "enclosure", "escape"],
        1,
    ),
    func(
        "readfile",
        readfile,
        &["filename", "use_include_path", "context"],
        1,
    ),
    func("tmpfile", tmpfile, &[], 0),
    func("tempnam", tempnam, &["directory", "prefix"], 2),
    func("opendir", opendir, &["directory", "context"], 1),
    func("readdir", readdir, &["dir_handle"], 0),
    func("rewinddir", rewinddir, &["dir_handle"], 0),
    func("closedir", closedir, &["dir_handle"], 0),
    func(
        "scandir",
        scandir,
        &["directory", "sorting_order", "context"],
        1,
    ),
    func("fsync", fsync, &["stream"], 1),
    func("fdatasync", fdatasync, &["stream"], 1),
    func("stream_is_local", stream_is_local, &["stream"], 1),
    func("is_resource", is_resource, &["value"], 1),
    func("get_resource_type", get_resource_type, &["resource"], 1),
    func("get_resource_id", get_resource_id, &["resource"], 1),
];

/// The stream family's constants (`STREAM_*`, the filters' `PSFS_*`), php 8.2's values.
pub const CONSTANTS: &[(&str, i64)] = &[
    ("STREAM_NOTIFY_CONNECT", 2),
    ("STREAM_NOTIFY_AUTH_REQUIRED", 3),
    ("STREAM_NOTIFY_AUTH_RESULT", 10),
    ("STREAM_NOTIFY_MIME_TYPE_IS", 4),
    ("STREAM_NOTIFY_FILE_SIZE_IS", 5),
    ("STREAM_NOTIFY_REDIRECTED", 6),
    ("STREAM_NOTIFY_PROGRESS", 7),
    ("STREAM_NOTIFY_FAILURE", 9),
    ("STREAM_NOTIFY_COMPLETED", 8),
    ("STREAM_NOTIFY_RESOLVE", 1),
    ("STREAM_NOTIFY_SEVERITY_INFO", 0),
    ("STREAM_NOTIFY_SEVERITY_WARN", 1),
    ("STREAM_NOTIFY_SEVERITY_ERR", 2),
    ("STREAM_FILTER_READ", 1),
    ("STREAM_FILTER_WRITE", 2),
    ("STREAM_FILTER_ALL", 3),
    ("STREAM_CLIENT_PERSISTENT", 1),
    ("STREAM_CLIENT_ASYNC_CONNECT", 2),
    ("STREAM_CLIENT_CONNECT", 4),
    ("STREAM_CRYPTO_METHOD_ANY_CLIENT", 127),
    ("STREAM_CRYPTO_METHOD_SSLv2_CLIENT", 3),
    ("STREAM_CRYPTO_METHOD_SSLv3_CLIENT", 5),
    ("STREAM_CRYPTO_METHOD_SSLv23_CLIENT", 57),
    ("STREAM_CRYPTO_METHOD_TLS_CLIENT", 121),
    ("STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT", 9),
    ("STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT", 17),
    ("STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT", 33),
    ("STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT", 65),
    ("STREAM_CRYPTO_METHOD_ANY_SERVER", 126),
    ("STREAM_CRYPTO_METHOD_SSLv2_SERVER", 2),
    ("STREAM_CRYPTO_METHOD_SSLv3_SERVER", 4),
    ("STREAM_CRYPTO_METHOD_SSLv23_SERVER", 120),
    ("STREAM_CRYPTO_METHOD_TLS_SERVER", 120),
    ("STREAM_CRYPTO_METHOD_TLSv1_0_SERVER", 8),
    ("STREAM_CRYPTO_METHOD_TLSv1_1_SERVER", 16),
    ("STREAM_CRYPTO_METHOD_TLSv1_2_SERVER", 32),
    ("STREAM_CRYPTO_METHOD_TLSv1_3_SERVER", 64),
    ("STREAM_CRYPTO_PROTO_SSLv3", 4),
    ("STREAM_CRYPTO_PROTO_TLSv1_0", 8),
    ("STREAM_CRYPTO_PROTO_TLSv1_1", 16),
    ("STREAM_CRYPTO_PROTO_TLSv1_2", 32),
    ("STREAM_CRYPTO_PROTO_TLSv1_3", 64),
    ("STREAM_SHUT_RD", 0),
    ("STREAM_SHUT_WR", 1),
    ("STREAM_SHUT_RDWR", 2),
    ("STREAM_PF_INET", 2),
    ("STREAM_PF_INET6", 10),
    ("STREAM_PF_UNIX", 1),
    ("STREAM_IPPROTO_IP", 0),
    ("STREAM_IPPROTO_TCP", 6),
    ("STREAM_IPPROTO_UDP", 17),
    ("STREAM_IPPROTO_ICMP", 1),
    ("STREAM_IPPROTO_RAW", 255),
    ("STREAM_SOCK_STREAM", 1),
    ("STREAM_SOCK_DGRAM", 2),
    ("STREAM_SOCK_RAW", 3),
    ("STREAM_SOCK_SEQPACKET", 5),
    ("STREAM_SOCK_RDM", 4),
    ("STREAM_PEEK", 2),
    ("STREAM_OOB", 1),
    ("STREAM_SERVER_BIND", 4),
    ("STREAM_SERVER_LISTEN", 8),
    ("PSFS_PASS_ON", 2),
    ("PSFS_FEED_ME", 1),
    ("PSFS_ERR_FATAL", 0),
    ("PSFS_FLAG_NORMAL", 0),
    ("PSFS_FLAG_FLUSH_INC", 1),
    ("PSFS_FLAG_FLUSH_CLOSE", 2),
    ("STREAM_USE_PATH", 1),
    ("STREAM_IGNORE_URL", 2),
    ("STREAM_REPORT_ERRORS", 8),
    ("STREAM_MUST_SEEK", 16),
    ("STREAM_URL_STAT_LINK", 1),
    ("STREAM_URL_STAT_QUIET", 2),
    ("STREAM_MKDIR_RECURSIVE", 1),
    ("STREAM_IS_URL", 1),
    ("STREAM_OPTION_BLOCKING", 1),
    ("STREAM_OPTION_READ_TIMEOUT", 4),
    ("STREAM_OPTION_READ_BUFFER", 2),
    ("STREAM_OPTION_WRITE_BUFFER", 3),
    ("STREAM_BUFFER_NONE", 0),
    ("STREAM_BUFFER_LINE", 1),
    ("STREAM_BUFFER_FULL", 2),
    ("STREAM_CAST_AS_STREAM", 0),
    ("STREAM_CAST_FOR_SELECT", 3),
    ("STREAM_META_TOUCH", 1),
    ("STREAM_META_OWNER", 3),
    ("STREAM_META_OWNER_NAME", 2),
    ("STREAM_META_GROUP", 5),
    ("STREAM_META_GROUP_NAME", 4),
    ("STREAM_META_ACCESS", 6),
];

fn shown(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

impl Vm {
    /// `STDIN`, `STDOUT`, `STDERR` (the CLI's constants, resources 1 to 3); the
    /// first function given no context makes the default one (4, as in php-cli).
    pub fn define_std_streams(&mut self) {
        let std = [
            ("STDIN", Backend::Stdin, b"php://stdin".as_slice(), true),
            ("STDOUT", Backend::Stdout, b"php://stdout".as_slice(), false),
            ("STDERR", Backend::Stderr, b"php://stderr".as_slice(), false),
        ];
        for (name, backend, uri, read) in std {
            let mode = Mode {
                read,
                write: !read,
                append: false,
            };
            let mut s = Stream::new(backend, mode, uri.to_vec(), "PHP", "STDIO");
            s.mode_text = if read { b"r".to_vec() } else { b"w".to_vec() };
            let r = self.new_resource(ResourceKind::Stream(Box::new(s)));
            self.define_constant(name, Value::Resource(r));
        }
        self.next_resource_id = 3;
    }

    /// Open `name` as `fopen` does: `php://…` streams or a plain file. `Err` holds
    /// the reason for "Failed to open stream: <reason>"; `f` names the caller.
    pub(crate) fn open_stream(
        &mut self,
        name: &[u8],
        mode: &[u8],
        f: &str,
    ) -> Result<Stream, String> {
        // php opens with the default context when none was given.
        self.default_context();
        match self.stream_route(name) {
            Route::User(class) => return self.open_user_stream(f, &class, name, mode),
            Route::Disabled(scheme) => {
                self.warn_disabled_wrapper(f, &scheme);
                return Err("no suitable wrapper could be found".into());
            }
            Route::Usual => {}
        }
        if name.len() > 6 && name[..6].eq_ignore_ascii_case(b"php://") {
            return self.open_php_stream(name, mode, f);
        }
        if name.len() > 5 && name[..5].eq_ignore_ascii_case(b"data:") {
            return open_data_stream(name, mode);
        }
        let path = match file_url_path(name) {
            Ok(p) => p,
            Err(()) => {
                self.warning(&format!(
                    "{f}(): Remote host file access not supported, {}",
                    shown(name)
                ));
                return Err("no suitable wrapper could be found".into());
            }
        };
        if stream::parse_mode(mode).is_none() {
            return Err(format!("`{}' is not a valid mode for fopen", shown(mode)));
        }
        let expanded = crate::realpath::expand(path_of(path));
        stream::open_file(&expanded, mode, name).map_err(|e| strerror(&e))
    }

    /// A stream of a user wrapper: its `stream_open` said yes. Opened for appending,
    /// php asks it where it is (a seek of 0 from the current position).
    fn open_user_stream(
        &mut self,
        f: &str,
        class: &Rc<crate::class::ClassEntry>,
        name: &[u8],
        mode: &[u8],
    ) -> Result<Stream, String> {
        let u = super::userstream::open(self, f, class, name, mode, 0)?;
        let append = mode.first() == Some(&b'a');
        let at = if append {
            u.seek(self, 0, 1).ok()
        } else {
            None
        };
        let m = stream::parse_mode(mode).map_or(
            Mode {
                read: true,
                write: true,
                append: false,
            },
            |(m, _)| m,
        );
        let mut s = Stream::new(
            Backend::User(u),
            m,
            name.to_vec(),
            "user-space",
            "user-space",
        );
        s.mode_text = mode.to_vec();
        if at.is_some() {
            s.position = at;
        }
        Ok(s)
    }

    fn open_php_stream(&mut self, name: &[u8], mode: &[u8], f: &str) -> Result<Stream, String> {
        if name.len() >= 9 && name[6..9].eq_ignore_ascii_case(b"fd/") {
            return open_fd_stream(name, &name[9..], mode);
        }
        let what = name[6..].to_ascii_lowercase();
        let what = what.split(|&b| b == b'/').next().unwrap_or_default();
        let (backend, read) = match what {
            b"stdin" => (Backend::Stdin, true),
            b"stdout" => (Backend::Stdout, false),
            b"stderr" => (Backend::Stderr, false),
            b"output" => (Backend::Output, false),
            b"input" => (
                Backend::Input {
                    body: self.request_body(),
                    pos: 0,
                },
                true,
            ),
            b"memory" | b"temp" => {
                return Ok(Stream::memory(Vec::new(), name, what == b"temp"));
            }
            _ => {
                self.warning(&format!("{f}(): Invalid php:// URL specified"));
                return Err("operation failed".into());
            }
        };
        let m = Mode {
            read,
            write: !read,
            append: false,
        };
        let mut s = Stream::new(
            backend,
            m,
            name.to_vec(),
            "PHP",
            if read { "Input" } else { "Output" },
        );
        s.mode_text = mode.to_vec();
        Ok(s)
    }

    /// Write to a stream resource; `php://output` goes to the script's output.
    pub(crate) fn stream_write(&mut self, s: &mut Stream, bytes: &[u8]) -> std::io::Result<usize> {
        if s.is_output() {
            self.echo(bytes);
            return Ok(bytes.len());
        }
        if s.is_stdout() {
            // What the script echoed so far goes out first.
            self.flush();
        }
        s.write(self, bytes)
    }

    /// The whole contents behind a file name (`file_get_contents`, `file`, `readfile`).
    /// A read error after a successful open (a directory) is a notice and gives "".
    pub(crate) fn read_whole(&mut self, name: &[u8], f: &str) -> Result<Vec<u8>, String> {
        let mut s = self.open_stream(name, b"rb", f)?;
        // php's stream was a resource of its own.
        self.next_resource_id += 1;
        let data = s.read_all(self);
        s.close(self);
        match data {
            Ok(data) => Ok(data),
            Err(e) => {
                io_notice(self, f, "Read", 8192, &e);
                Ok(Vec::new())
            }
        }
    }
}

/// What including a user wrapper's URL gave.
pub(crate) enum WrapperInclude {
    /// The compiled script's index.
    Loaded(u32),
    /// An `_once` include of a URL already included.
    AlreadyIncluded,
    /// `stream_open` failed: the reason for "Failed to open stream".
    OpenFailed(String),
    Compile(crate::include::CompileFailure),
}

impl Vm {
    /// `include` of a user wrapper's URL (php_stream_open_for_zend_ex then
    /// zend_stream_fixup): opened with php's include options, asked for no read
    /// buffer, sized by its stat, read to the end (or that size), compiled under the
    /// URL's name, then closed.
    pub(crate) fn include_from_wrapper(
        &mut self,
        f: &str,
        class: &Rc<crate::class::ClassEntry>,
        name: &str,
        once: bool,
    ) -> WrapperInclude {
        // STREAM_OPEN_FOR_ZEND_STREAM | STREAM_OPEN_FOR_INCLUDE | USE_PATH
        const OPTIONS: i64 = 0x10000 | 128 | 1;
        let url_include = self
            .ini_get("allow_url_include")
            .is_some_and(|v| matches!(v, "1" | "On" | "on" | "true"));
        if self.user_wrapper_is_url(name.as_bytes()) && !url_include {
            let scheme = super::userstream::scheme(name.as_bytes()).unwrap_or_default();
            self.warning(&format!(
                "{f}(): {}:// wrapper is disabled in the server configuration by allow_url_include=0",
                String::from_utf8_lossy(scheme)
            ));
            return WrapperInclude::OpenFailed("no suitable wrapper could be found".into());
        }
        let u = match super::userstream::open(self, f, class, name.as_bytes(), b"rb", OPTIONS) {
            Ok(u) => u,
            Err(why) => return WrapperInclude::OpenFailed(why),
        };
        // PHP_STREAM_OPTION_READ_BUFFER, PHP_STREAM_BUFFER_NONE
        u.set_option(self, 2, 0, Value::Long(8192));
        let key = std::path::PathBuf::from(name);
        if once && self.included.contains(&key) {
            u.close(self);
            return WrapperInclude::AlreadyIncluded;
        }
        let size = u.stat(self).map_or(0, |st| st[7].max(0) as usize);
        let mut src = Vec::new();
        while size == 0 || src.len() < size {
            match u.read(self, 8192) {
                Ok((got, _)) if !got.is_empty() => src.extend_from_slice(&got),
                _ => break,
            }
        }
        if size > 0 {
            src.truncate(size);
        }
        match crate::include::compile_source_in(self, &src, name) {
            Ok(script) => {
                u.close(self);
                self.included.insert(key);
                WrapperInclude::Loaded(self.register_script(Rc::new(script)))
            }
            Err(e) => WrapperInclude::Compile(e),
        }
    }
}

/// `php://fd/N`: a stream over a duplicate of the process's descriptor N, open for
/// reading and writing whatever the mode says (as php's).
fn open_fd_stream(name: &[u8], number: &[u8], mode: &[u8]) -> Result<Stream, String> {
    let fd = std::str::from_utf8(number)
        .ok()
        .and_then(|n| n.parse::<i64>().ok())
        .ok_or("php://fd/ stream must be specified in the form php://fd/<orig fd>")?;
    let table = nix::unistd::sysconf(nix::unistd::SysconfVar::OPEN_MAX)
        .ok()
        .flatten()
        .unwrap_or(1024);
    if !(0..table).contains(&fd) {
        return Err(format!(
            "The file descriptors must be non-negative numbers smaller than {table}"
        ));
    }
    let dup = nix::unistd::dup(fd as i32).map_err(|e| {
        format!(
            "Error duping file descriptor {fd}; possibly it doesn't exist: [{}]: {}",
            e as i32,
            strerror(&e.into())
        )
    })?;
    // SAFETY: dup just returned this descriptor, so nothing else owns or closes it.
    let dup = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(dup) };
    let both = Mode {
        read: true,
        write: true,
        append: false,
    };
    let mut s = Stream::new(
        Backend::File(std::fs::File::from(dup)),
        both,
        name.to_vec(),
        "PHP",
        "STDIO",
    );
    s.mode_text = mode.to_vec();
    Ok(s)
}

/// The path a plain-file name opens: a `file://` URL's path (`file:///p`,
/// `file://localhost/p`), or the name itself. `Err` for a URL naming another host.
pub(crate) fn file_url_path(name: &[u8]) -> Result<&[u8], ()> {
    if name.len() < 7 || !name[..7].eq_ignore_ascii_case(b"file://") {
        return Ok(name);
    }
    let rest = &name[7..];
    let rest = match rest.get(..10) {
        Some(host) if host.eq_ignore_ascii_case(b"localhost/") => &rest[9..],
        _ if rest.first().is_some_and(|&c| c != b'/') => return Err(()),
        _ => rest,
    };
    // Leading slashes count as one.
    let extra = rest
        .iter()
        .take_while(|&&c| c == b'/')
        .count()
        .saturating_sub(1);
    Ok(&rest[extra..])
}

/// A `data:` URL's stream: a read-only memory stream over the decoded payload, its
/// metadata kept for `stream_get_meta_data()`.
fn open_data_stream(name: &[u8], mode: &[u8]) -> Result<Stream, String> {
    let url = super::data_url::parse(name)?;
    let mut s = Stream::memory(url.payload, name, false);
    s.wrapper = "RFC2397";
    s.stream_type = "RFC2397";
    s.mode_text = mode.to_vec();
    s.mode.write = false;
    s.data_meta = Some(stream::DataMeta {
        params: url.meta,
        base64: url.base64,
    });
    Ok(s)
}

/// The file a plain name stands for with `use_include_path`: looked for along
/// include_path, then beside the running script (`_php_stream_fopen_with_path`);
/// the name itself when found nowhere or when it names a wrapper.
pub(crate) fn via_include_path(vm: &Vm, name: &[u8]) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    let wrapped = name.windows(3).any(|w| w == b"://") || name.starts_with(b"data:");
    let Ok(text) = std::str::from_utf8(name) else {
        return name.to_vec();
    };
    if wrapped {
        return name.to_vec();
    }
    let include_path = vm.ini_get("include_path").unwrap_or_default();
    crate::include::resolve(text, include_path, &vm.current_file())
        .map_or_else(|| name.to_vec(), |p| p.into_os_string().into_vec())
}

/// A path argument (`Z_PARAM_PATH`): no NUL bytes.
pub(crate) fn arg_path(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    f: &str,
) -> Result<crate::value::PhpStr, Unwind> {
    let p = arg_str(vm, args, i, f)?;
    if p.contains(&0) {
        return Err(value_error(vm, f, i, "must not contain any null bytes"));
    }
    Ok(p)
}

/// A path to open: also not empty (`Path cannot be empty`).
pub(crate) fn arg_open_path(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    f: &str,
) -> Result<crate::value::PhpStr, Unwind> {
    let p = arg_path(vm, args, i, f)?;
    if p.is_empty() {
        return Err(vm.throw_error("ValueError", "Path cannot be empty".into()));
    }
    Ok(p)
}

/// Argument `i` as an open stream resource, with PHP's TypeErrors.
pub fn arg_resource(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    f: &str,
) -> Result<Rc<Resource>, Unwind> {
    match get(args, i) {
        Value::Resource(r) => Ok(r),
        v => Err(type_error(vm, f, i, "resource", &v)),
    }
}

/// Run `op` on the stream behind argument 0.
fn with_stream<T>(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    op: impl FnOnce(&mut Vm, &mut Stream) -> Result<T, Unwind>,
) -> Result<T, Unwind> {
    let r = arg_resource(vm, args, 0, f)?;
    // A user wrapper's method may reach its own stream while it is in use: refused.
    let Ok(mut kind) = r.kind.try_borrow_mut() else {
        return Err(vm.throw_error(
            "Error",
            format!("{f}(): the stream is busy in its own wrapper"),
        ));
    };
    match &mut *kind {
        ResourceKind::Stream(s) => {
            if s.user().is_some() {
                vm.wrapper_caller(f, args);
            }
            op(vm, s)
        }
        _ => {
            drop(kind);
            Err(vm.throw_error(
                "TypeError",
                format!("{f}(): supplied resource is not a valid stream resource"),
            ))
        }
    }
}

/// PHP's notice for a failed read or write: `fread(): Read of 8192 bytes failed
/// with errno=9 Bad file descriptor`.
fn io_notice(vm: &mut Vm, f: &str, what: &str, n: usize, e: &std::io::Error) {
    if stream::is_user_failure(e) {
        return;
    }
    vm.notice(&format!(
        "{f}(): {what} of {n} bytes failed with errno={} {}",
        e.raw_os_error().unwrap_or(0),
        strerror(e)
    ));
}

fn fopen(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "fopen";
    let name = arg_open_path(vm, args, 0, F)?;
    let mode = arg_str(vm, args, 1, F)?;
    let path = if opt_bool(vm, args, 2, F, false)? {
        via_include_path(vm, &name)
    } else {
        name.to_vec()
    };
    vm.give_context(get(args, 3));
    vm.wrapper_caller(F, args);
    let opened = vm.open_stream(&path, &mode, F);
    vm.stream_wrappers.context = None;
    match opened {
        Ok(s) => Ok(Value::Resource(
            vm.new_resource(ResourceKind::Stream(Box::new(s))),
        )),
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

fn fclose(vm: &mut Vm, args: &mut [Value]) -> R {
    let r = arg_resource(vm, args, 0, "fclose")?;
    let is_stream = matches!(&*r.kind.borrow(), ResourceKind::Stream(_));
    if !is_stream {
        return Err(vm.throw_error(
            "TypeError",
            "fclose(): supplied resource is not a valid stream resource".into(),
        ));
    }
    let old = std::mem::replace(&mut *r.kind.borrow_mut(), ResourceKind::Closed);
    if let ResourceKind::Stream(mut s) = old {
        s.close(vm);
    }
    Ok(Value::True)
}

fn fread(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "fread";
    let n = arg_long(vm, args, 1, F)?;
    if n <= 0 {
        return Err(value_error(vm, F, 1, "must be greater than 0"));
    }
    with_stream(vm, args, F, |vm, s| match s.read(vm, n as usize) {
        // A blocking socket's read that timed out is a failed read (xp_socket's -1).
        Ok(b) if b.is_empty() && s.timed_out => Ok(Value::False),
        Ok(b) => Ok(Value::from(b)),
        Err(e) => {
            io_notice(vm, F, "Read", 8192, &e);
            Ok(Value::False)
        }
    })
}

fn fgets(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "fgets";
    let max = match get(args, 1) {
        Value::Null => None,
        _ => {
            let n = arg_long(vm, args, 1, F)?;
            if n <= 0 {
                return Err(value_error(vm, F, 1, "must be greater than 0"));
            }
            Some(n as usize - 1)
        }
    };
    with_stream(vm, args, F, |vm, s| {
        if max == Some(0) {
            return Ok(Value::False);
        }
        match s.read_line(vm, max) {
            Ok(Some(line)) => Ok(Value::from(line)),
            Ok(None) => Ok(Value::False),
            Err(e) => {
                io_notice(vm, F, "Read", 8192, &e);
                Ok(Value::False)
            }
        }
    })
}

/// One line of the stream of argument 0 (`fscanf`); `None` at the end.
pub(crate) fn read_line_of(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
) -> Result<Option<Vec<u8>>, Unwind> {
    with_stream(vm, args, f, |vm, s| match s.read_line(vm, None) {
        Ok(line) => Ok(line),
        Err(e) => {
            io_notice(vm, f, "Read", 8192, &e);
            Ok(None)
        }
    })
}

fn fgetc(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "fgetc", |vm, s| match s.read(vm, 1) {
        Ok(b) if !b.is_empty() => Ok(Value::from(b)),
        Ok(_) => Ok(Value::False),
        Err(e) => {
            io_notice(vm, "fgetc", "Read", 8192, &e);
            Ok(Value::False)
        }
    })
}

fn write_common(vm: &mut Vm, args: &[Value], f: &str) -> R {
    let data = arg_str(vm, args, 1, f)?;
    let len = match get(args, 2) {
        Value::Null => data.len(),
        _ => opt_long(vm, args, 2, f, 0)?.clamp(0, data.len() as i64) as usize,
    };
    // php answers 0 for nothing to write before it looks at the stream.
    if len == 0 {
        return Ok(Value::Long(0));
    }
    with_stream(vm, args, f, |vm, s| {
        // data: streams have no write operation at all.
        if s.data_meta.is_some() {
            vm.notice(&format!("{f}(): Stream is not writable"));
            return Ok(Value::False);
        }
        match vm.stream_write(s, &data[..len]) {
            Ok(n) => Ok(Value::Long(n as i64)),
            Err(e) => {
                io_notice(vm, f, "Write", len, &e);
                Ok(Value::False)
            }
        }
    })
}

fn fwrite(vm: &mut Vm, args: &mut [Value]) -> R {
    write_common(vm, args, "fwrite")
}

fn fputs(vm: &mut Vm, args: &mut [Value]) -> R {
    write_common(vm, args, "fputs")
}

fn feof(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "feof", |vm, s| Ok(Value::from(s.check_eof(vm))))
}

fn fflush(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "fflush", |vm, s| {
        if s.is_stdout() || s.is_output() {
            vm.flush();
        }
        Ok(Value::from(s.flush(vm).is_ok()))
    })
}

fn ftell(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "ftell", |_, s| {
        Ok(s.tell().map_or(Value::False, Value::Long))
    })
}

fn fseek(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "fseek";
    let offset = arg_long(vm, args, 1, F)?;
    let whence = opt_long(vm, args, 2, F, 0)?;
    with_stream(vm, args, F, |vm, s| {
        if !s.seekable() {
            vm.warning("fseek(): Stream does not support seeking");
            return Ok(Value::Long(-1));
        }
        Ok(Value::Long(if s.seek(vm, offset, whence) { 0 } else { -1 }))
    })
}

fn rewind(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "rewind", |vm, s| {
        if !s.seekable() {
            vm.warning("rewind(): Stream does not support seeking");
            return Ok(Value::False);
        }
        Ok(Value::from(s.seek(vm, 0, 0)))
    })
}

fn ftruncate(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "ftruncate";
    let size = arg_long(vm, args, 1, F)?;
    if size < 0 {
        return Err(value_error(vm, F, 1, "must be greater than or equal to 0"));
    }
    with_stream(vm, args, F, |vm, s| {
        let can = match s.user() {
            Some(u) => u.has(b"stream_truncate"),
            None => s.seekable(),
        };
        if !can {
            vm.warning("ftruncate(): Can't truncate this stream!");
            return Ok(Value::False);
        }
        Ok(Value::from(s.truncate(vm, size as u64).is_ok()))
    })
}

fn fstat(vm: &mut Vm, args: &mut [Value]) -> R {
    // A directory handle is a stream in php, one that cannot stat itself.
    if let Value::Resource(r) = get(args, 0) {
        if matches!(&*r.kind.borrow(), ResourceKind::Dir(_)) {
            return Ok(Value::False);
        }
    }
    with_stream(vm, args, "fstat", |vm, s| {
        use std::os::unix::fs::MetadataExt;
        if let Some(u) = s.user() {
            return Ok(u
                .stat(vm)
                .map_or(Value::False, |f| Value::from(stat_array(&f))));
        }
        let fields: [i64; 13] = match s.metadata() {
            Some(m) => [
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
            ],
            // Memory streams: what PHP's memory wrapper reports.
            None => match s.size() {
                Some(size) => [12, 0, 33206, 1, 0, 0, -1, size as i64, 0, 0, 0, -1, -1],
                None => return Ok(Value::False),
            },
        };
        Ok(Value::from(stat_array(&fields)))
    })
}

/// The 26-entry array of `stat()`/`fstat()`: 13 numbered, then the same by name.
pub(crate) fn stat_array(fields: &[i64; 13]) -> PhpArray {
    const NAMES: [&str; 13] = [
        "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size", "atime", "mtime", "ctime",
        "blksize", "blocks",
    ];
    let mut a = PhpArray::new();
    for (i, v) in fields.iter().enumerate() {
        a.insert(ArrayKey::Int(i as i64), Value::Long(*v));
    }
    for (name, v) in NAMES.iter().zip(fields) {
        a.insert(ArrayKey::from_bytes(name.as_bytes()), Value::Long(*v));
    }
    a
}

/// php's stream option numbers (PHP_STREAM_OPTION_*) and buffer modes.
const OPTION_BLOCKING: i64 = 1;
const OPTION_READ_BUFFER: i64 = 2;
const OPTION_WRITE_BUFFER: i64 = 3;
const OPTION_READ_TIMEOUT: i64 = 4;
const BUFFER_NONE: i64 = 0;
const BUFFER_FULL: i64 = 2;

fn set_blocking(vm: &mut Vm, args: &[Value], f: &str) -> R {
    let enable = super::args::arg_bool(vm, args, 1, f)?;
    with_stream(vm, args, f, |vm, s| {
        let r = match (s.user(), s.file()) {
            (Some(u), _) => u.set_option(vm, OPTION_BLOCKING, i64::from(enable), Value::Null),
            (None, Some(f)) if s.socket => {
                if super::sockets::set_blocking(f, enable) {
                    0
                } else {
                    -1
                }
            }
            _ => 0,
        };
        if r == 0 {
            s.blocking = enable;
        }
        Ok(Value::from(r == 0))
    })
}

fn stream_set_blocking(vm: &mut Vm, args: &mut [Value]) -> R {
    set_blocking(vm, args, "stream_set_blocking")
}

fn socket_set_blocking(vm: &mut Vm, args: &mut [Value]) -> R {
    set_blocking(vm, args, "socket_set_blocking")
}

/// Only sockets (and user streams that say so) take a read timeout.
fn set_timeout(vm: &mut Vm, args: &[Value], f: &str) -> R {
    let secs = arg_long(vm, args, 1, f)?;
    let usecs = opt_long(vm, args, 2, f, 0)?;
    with_stream(vm, args, f, |vm, s| {
        if let (true, Some(file)) = (s.socket, s.file()) {
            return Ok(Value::from(super::sockets::set_read_timeout(
                file, secs, usecs,
            )));
        }
        Ok(Value::from(s.user().is_some_and(|u| {
            u.set_option(vm, OPTION_READ_TIMEOUT, secs, Value::Long(usecs)) == 0
        })))
    })
}

fn stream_set_timeout(vm: &mut Vm, args: &mut [Value]) -> R {
    set_timeout(vm, args, "stream_set_timeout")
}

fn socket_set_timeout(vm: &mut Vm, args: &mut [Value]) -> R {
    set_timeout(vm, args, "socket_set_timeout")
}

/// `stream_set_write_buffer`/`stream_set_read_buffer`: 0 when the stream took the
/// size, -1 (EOF) when not. Plain files have no write buffer to set.
fn set_buffer(vm: &mut Vm, args: &[Value], f: &str, option: i64) -> R {
    let size = arg_long(vm, args, 1, f)?;
    let (mode, arg) = if size == 0 {
        (BUFFER_NONE, 8192)
    } else {
        (BUFFER_FULL, size)
    };
    with_stream(vm, args, f, |vm, s| {
        let r = match s.user() {
            Some(u) => u.set_option(vm, option, mode, Value::Long(arg)),
            None if option == OPTION_READ_BUFFER => 0,
            None => -1,
        };
        Ok(Value::Long(if r == 0 { 0 } else { -1 }))
    })
}

fn stream_set_write_buffer(vm: &mut Vm, args: &mut [Value]) -> R {
    set_buffer(vm, args, "stream_set_write_buffer", OPTION_WRITE_BUFFER)
}

fn set_file_buffer(vm: &mut Vm, args: &mut [Value]) -> R {
    set_buffer(vm, args, "set_file_buffer", OPTION_WRITE_BUFFER)
}

fn stream_set_read_buffer(vm: &mut Vm, args: &mut [Value]) -> R {
    set_buffer(vm, args, "stream_set_read_buffer", OPTION_READ_BUFFER)
}

/// The chunk size before the change (user streams read and write in such steps).
fn stream_set_chunk_size(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_set_chunk_size";
    let size = arg_long(vm, args, 1, F)?;
    if size <= 0 {
        return Err(value_error(vm, F, 1, "must be greater than 0"));
    }
    with_stream(vm, args, F, |_, s| {
        let old = std::mem::replace(&mut s.chunk_size, size as usize);
        Ok(Value::Long(old as i64))
    })
}

fn stream_supports_lock(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "stream_supports_lock", |_, s| {
        Ok(Value::from(s.supports_lock()))
    })
}

fn flock(vm: &mut Vm, args: &mut [Value]) -> R {
    let op = arg_long(vm, args, 1, "flock")?;
    // Only the low two bits choose the lock (php masks with LOCK_UN).
    if op & 3 == 0 {
        return Err(value_error(
            vm,
            "flock",
            1,
            "must be one of LOCK_SH, LOCK_EX, or LOCK_UN",
        ));
    }
    // One process per request: advisory locks on descriptors always succeed here,
    // never blocking; other streams cannot lock.
    let r = with_stream(vm, args, "flock", |vm, s| {
        Ok(Value::from(match s.user() {
            Some(u) => u.lock(vm, op),
            None => s.supports_lock(),
        }))
    })?;
    if has(args, 2) {
        super::args::set_ref(args, 2, Value::Long(0));
    }
    Ok(r)
}

/// The file `include` would open for a name, as an absolute path (false if none).
fn stream_resolve_include_path(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_resolve_include_path";
    let name = super::args::arg_str(vm, args, 0, F)?;
    let name = String::from_utf8_lossy(&name).into_owned();
    let include_path = vm.ini_get("include_path").unwrap_or(".").to_string();
    let current = vm.current_file();
    Ok(
        match crate::include::resolve(&name, &include_path, &current) {
            Some(p) => {
                let real = vm.realpath(&p).unwrap_or(p);
                Value::from(real.to_string_lossy().as_ref())
            }
            None => Value::False,
        },
    )
}

fn stream_get_contents(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_get_contents";
    let len = match get(args, 1) {
        Value::Null => None,
        _ => {
            let n = arg_long(vm, args, 1, F)?;
            if n < -1 {
                return Err(value_error(vm, F, 1, "must be greater than or equal to -1"));
            }
            (n >= 0).then_some(n as usize)
        }
    };
    let offset = opt_long(vm, args, 2, F, -1)?;
    with_stream(vm, args, F, |vm, s| {
        if offset >= 0 && !s.seek(vm, offset, 0) {
            vm.warning(&format!(
                "{F}(): Failed to seek to position {offset} in the stream"
            ));
            return Ok(Value::False);
        }
        let r = match len {
            Some(n) => s.read(vm, n),
            None => s.read_all(vm),
        };
        Ok(r.map_or(Value::False, Value::from))
    })
}

fn stream_get_meta_data(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "stream_get_meta_data", |vm, s| {
        let user = s.user().map(|u| Value::Object(u.obj.clone()));
        let eof = if user.is_some() {
            s.check_eof(vm)
        } else {
            s.eof
        };
        let mut a = PhpArray::new();
        let mut put = |k: &[u8], v: Value| a.insert(ArrayKey::from_bytes(k), v);
        // A data: stream tells its URL's parts instead of its state.
        if let Some(meta) = &s.data_meta {
            for (k, v) in &meta.params {
                put(k, Value::from(v.clone()));
            }
            put(b"base64", Value::from(meta.base64));
        } else {
            put(b"timed_out", Value::from(s.timed_out));
            put(b"blocked", Value::from(s.blocking));
            put(b"eof", Value::from(eof));
        }
        if let Some(obj) = user {
            put(b"wrapper_data", obj);
        }
        // A pipe has no wrapper and no URI.
        if !s.is_pipe() {
            put(b"wrapper_type", Value::from(s.wrapper));
        }
        put(b"stream_type", Value::from(s.stream_type));
        put(b"mode", Value::from(s.mode_text.clone()));
        put(b"unread_bytes", Value::Long(s.buffered() as i64));
        put(b"seekable", Value::from(s.seekable()));
        if !s.is_pipe() {
            put(b"uri", Value::from(s.uri.clone()));
        }
        Ok(Value::from(a))
    })
}

fn stream_get_line(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_get_line";
    let max = arg_long(vm, args, 1, F)?;
    if max < 0 {
        return Err(value_error(vm, F, 1, "must be greater than or equal to 0"));
    }
    let max = if max == 0 { 8192 } else { max as usize };
    let ending = opt_str(vm, args, 2, F, b"")?;
    with_stream(vm, args, F, |vm, s| {
        // Read up to `max` bytes, stopping at `ending` (which is consumed, not returned).
        let mut out = Vec::new();
        while out.len() < max {
            let Ok(b) = s.read(vm, 1) else { break };
            if b.is_empty() {
                break;
            }
            out.extend_from_slice(&b);
            if !ending.is_empty() && out.ends_with(&ending) {
                out.truncate(out.len() - ending.len());
                return Ok(Value::from(out));
            }
        }
        Ok(if out.is_empty() && s.eof {
            Value::False
        } else {
            Value::from(out)
        })
    })
}

fn stream_copy_to_stream(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_copy_to_stream";
    let len = match get(args, 2) {
        Value::Null => None,
        _ => Some(arg_long(vm, args, 2, F)?).filter(|n| *n >= 0),
    };
    let offset = opt_long(vm, args, 3, F, 0)?;
    let data = with_stream(vm, args, F, |vm, s| {
        if offset > 0 && !s.seek(vm, offset, 0) {
            return Ok(None);
        }
        let r = match len {
            Some(n) => s.read(vm, n as usize),
            None => s.read_all(vm),
        };
        Ok(r.ok())
    })?;
    let Some(data) = data else {
        return Ok(Value::False);
    };
    let to = [get(args, 1)];
    write_bytes(vm, &to, F, &data)
}

fn fpassthru(vm: &mut Vm, args: &mut [Value]) -> R {
    with_stream(vm, args, "fpassthru", |vm, s| match s.read_all(vm) {
        Ok(b) => {
            vm.echo(&b);
            // PHP maps a plain file instead of reading it: no read hits the end.
            if s.metadata().is_some() {
                s.eof = false;
            }
            Ok(Value::Long(b.len() as i64))
        }
        Err(e) => {
            io_notice(vm, "fpassthru", "Read", 8192, &e);
            Ok(Value::Long(-1))
        }
    })
}

fn fprintf(vm: &mut Vm, args: &mut [Value]) -> R {
    arg_resource(vm, args, 0, "fprintf")?;
    let out = super::output::sprintf_common(vm, &args[1..], "fprintf")?;
    write_bytes(vm, args, "fprintf", &out)
}

fn vfprintf(vm: &mut Vm, args: &mut [Value]) -> R {
    arg_resource(vm, args, 0, "vfprintf")?;
    let out = super::output::vsprintf_common(vm, args, "vfprintf", 1)?;
    write_bytes(vm, args, "vfprintf", &out)
}

/// Write `bytes` to the stream of argument 0; the byte count, or false.
fn write_bytes(vm: &mut Vm, args: &[Value], f: &str, bytes: &[u8]) -> R {
    with_stream(vm, args, f, |vm, s| match vm.stream_write(s, bytes) {
        Ok(n) => Ok(Value::Long(n as i64)),
        Err(e) => {
            io_notice(vm, f, "Write", bytes.len(), &e);
            Ok(Value::False)
        }
    })
}

/// One-byte csv parameter (`separator`, `enclosure`), with PHP's ValueErrors.
fn csv_char(vm: &mut Vm, args: &[Value], i: usize, f: &str, default: u8) -> Result<u8, Unwind> {
    if !has(args, i) {
        return Ok(default);
    }
    let s = arg_str(vm, args, i, f)?;
    match s.len() {
        1 => Ok(s[0]),
        0 => Err(value_error(vm, f, i, "must be a single character")),
        _ => Err(value_error(vm, f, i, "must be a single character")),
    }
}

/// The escape character: empty disables escaping.
fn csv_escape(vm: &mut Vm, args: &[Value], i: usize, f: &str) -> Result<Option<u8>, Unwind> {
    if !has(args, i) {
        return Ok(Some(b'\\'));
    }
    let s = arg_str(vm, args, i, f)?;
    match s.len() {
        0 => Ok(None),
        1 => Ok(Some(s[0])),
        _ => Err(value_error(vm, f, i, "must be empty or a single character")),
    }
}

fn fputcsv(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "fputcsv";
    let fields = arg_array(vm, args, 1, F)?;
    let sep = csv_char(vm, args, 2, F, b',')?;
    let enc = csv_char(vm, args, 3, F, b'"')?;
    let esc = csv_escape(vm, args, 4, F)?;
    let eol = opt_str(vm, args, 5, F, b"\n")?;
    let line = csv_line(vm, &fields, sep, enc, esc, &eol)?;
    write_bytes(vm, args, F, &line)
}

/// One csv record as `fputcsv` writes it, `eol` included.
pub(crate) fn csv_line(
    vm: &mut Vm,
    fields: &PhpArray,
    sep: u8,
    enc: u8,
    esc: Option<u8>,
    eol: &[u8],
) -> Result<Vec<u8>, Unwind> {
    let mut line = Vec::new();
    for (i, v) in fields.values().enumerate() {
        if i > 0 {
            line.push(sep);
        }
        let field = v.to_php_string(vm)?;
        csv_field(&mut line, &field, sep, enc, esc);
    }
    line.extend_from_slice(eol);
    Ok(line)
}

/// One field as `php_fputcsv` writes it: enclosed when it holds the separator, the
/// enclosure, the escape char, a line break, a tab or a space; enclosures doubled
/// except right after an escape char.
fn csv_field(out: &mut Vec<u8>, field: &[u8], sep: u8, enc: u8, esc: Option<u8>) {
    let needs = field.iter().any(|&b| {
        b == sep || b == enc || Some(b) == esc || matches!(b, b'\n' | b'\r' | b'\t' | b' ')
    });
    if !needs {
        out.extend_from_slice(field);
        return;
    }
    out.push(enc);
    let mut escaped = false;
    for &b in field {
        if escaped {
            escaped = false;
        } else if Some(b) == esc {
            escaped = true;
        } else if b == enc {
            out.push(enc);
        }
        out.push(b);
    }
    out.push(enc);
}

fn fgetcsv(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "fgetcsv";
    let max = match get(args, 1) {
        Value::Null => None,
        _ => {
            let n = arg_long(vm, args, 1, F)?;
            if !(0..i64::MAX).contains(&n) {
                return Err(value_error(
                    vm,
                    F,
                    1,
                    &format!("must be between 0 and {}", i64::MAX - 1),
                ));
            }
            (n > 0).then_some(n as usize)
        }
    };
    let sep = csv_char(vm, args, 2, F, b',')?;
    let enc = csv_char(vm, args, 3, F, b'"')?;
    let esc = csv_escape(vm, args, 4, F)?;
    with_stream(vm, args, F, |vm, s| {
        let Some(line) = s.read_line(vm, max).ok().flatten() else {
            return Ok(Value::False);
        };
        Ok(Value::from(csv_record(vm, s, line, sep, enc, esc)))
    })
}

/// The csv record starting with `line` (`[null]` for a blank line): an enclosed
/// field may span lines, so the stream is read on while one is open.
pub(crate) fn csv_record(
    vm: &mut Vm,
    s: &mut Stream,
    line: Vec<u8>,
    sep: u8,
    enc: u8,
    esc: Option<u8>,
) -> PhpArray {
    let dialect = super::csv::Dialect {
        delimiter: sep,
        enclosure: enc,
        escape: esc,
    };
    let fields =
        super::csv::parse_record(line, dialect, &mut || s.read_line(vm, None).ok().flatten());
    match fields {
        Some(f) => PhpArray::from_list(f.into_iter().map(Value::from).collect()),
        None => PhpArray::from_list(vec![Value::Null]),
    }
}

fn readfile(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_open_path(vm, args, 0, "readfile")?;
    let path = if opt_bool(vm, args, 1, "readfile", false)? {
        via_include_path(vm, &name)
    } else {
        name.to_vec()
    };
    match vm.read_whole(&path, "readfile") {
        Ok(data) => {
            vm.echo(&data);
            Ok(Value::Long(data.len() as i64))
        }
        Err(why) => {
            vm.warning(&format!(
                "readfile({}): Failed to open stream: {why}",
                shown(&name)
            ));
            Ok(Value::False)
        }
    }
}

/// A new, empty file `php??????` in `dir`.
fn create_temp(dir: &std::path::Path, prefix: &str) -> std::io::Result<std::path::PathBuf> {
    use std::os::unix::fs::OpenOptionsExt;
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
        ^ u64::from(std::process::id()) << 32;
    loop {
        let name: String = (0..6)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                CHARS[(seed >> 33) as usize % CHARS.len()] as char
            })
            .collect();
        let path = dir.join(format!("{prefix}{name}"));
        // mkstemp's mode: only the owner may read and write.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

fn tmpfile(vm: &mut Vm, _: &mut [Value]) -> R {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir();
    let opened = create_temp(&dir, "php").and_then(|p| {
        let uri = p.as_os_str().as_bytes().to_vec();
        let s = stream::open_file(&p, b"r+b", &uri);
        // Deleted now; the open handle keeps it until closed, as PHP's does.
        let _ = std::fs::remove_file(&p);
        s
    });
    match opened {
        Ok(s) => Ok(Value::Resource(
            vm.new_resource(ResourceKind::Stream(Box::new(s))),
        )),
        Err(e) => {
            vm.warning(&format!("tmpfile(): {}", strerror(&e)));
            Ok(Value::False)
        }
    }
}

fn tempnam(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::ffi::OsStrExt;
    let dir = arg_path(vm, args, 0, "tempnam")?;
    let prefix = arg_path(vm, args, 1, "tempnam")?;
    // The prefix is cut to 63 bytes and to its base name, as PHP does.
    let prefix = super::file::base_name(&prefix, b"");
    let prefix = String::from_utf8_lossy(&prefix[..prefix.len().min(63)]).into_owned();
    let dir_path = path_of(&dir);
    // An empty directory means the temporary one, silently; a missing one falls
    // back to it with a notice.
    // The file is named under the directory's real path, as php resolves it.
    let real = (!dir.is_empty())
        .then(|| std::fs::canonicalize(dir_path).ok())
        .flatten()
        .filter(|p| p.is_dir());
    let target = if let Some(real) = real {
        real
    } else {
        if !dir.is_empty() {
            vm.notice("tempnam(): file created in the system's temporary directory");
        }
        std::env::temp_dir()
    };
    match create_temp(&target, &prefix) {
        Ok(p) => Ok(Value::from(p.as_os_str().as_bytes())),
        Err(_) => Ok(Value::False),
    }
}

fn opendir(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_path(vm, args, 0, "opendir")?;
    vm.default_context();
    let opened = match vm.user_wrapper(&name) {
        Some(class) => {
            super::userstream::open_dir(vm, "opendir", &class, &name).map(|u| (Vec::new(), Some(u)))
        }
        None => read_dir_names(&name)
            .map(|entries| (entries, None))
            .map_err(|e| strerror(&e)),
    };
    match opened {
        Ok((entries, user)) => Ok(Value::Resource(vm.new_resource(ResourceKind::Dir(
            DirHandle {
                entries,
                pos: 0,
                user,
            },
        )))),
        Err(e) => {
            vm.warning(&format!(
                "opendir({}): Failed to open directory: {e}",
                shown(&name),
            ));
            Ok(Value::False)
        }
    }
}

/// The names in a directory, `.` and `..` first, then in the order the OS lists them.
pub(crate) fn read_dir_names(name: &[u8]) -> std::io::Result<Vec<Vec<u8>>> {
    use std::os::unix::ffi::OsStrExt;
    let mut entries = vec![b".".to_vec(), b"..".to_vec()];
    for e in std::fs::read_dir(path_of(name))? {
        entries.push(e?.file_name().as_bytes().to_vec());
    }
    Ok(entries)
}

/// The directory handle of argument 0 (or the last one opened, when omitted).
fn with_dir<T>(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    op: impl FnOnce(&mut Vm, &mut DirHandle) -> T,
) -> Result<T, Unwind> {
    let r = match get(args, 0) {
        Value::Null if !has(args, 0) => {
            return Err(vm.throw_error("TypeError", "No resource supplied".into()))
        }
        _ => arg_resource(vm, args, 0, f)?,
    };
    let mut kind = r.kind.borrow_mut();
    let msg = match &mut *kind {
        ResourceKind::Dir(d) => return Ok(op(vm, d)),
        ResourceKind::Closed => {
            format!("{f}(): supplied resource is not a valid Directory resource")
        }
        _ => {
            format!("{f}(): Argument #1 ($dir_handle) must be a valid Directory resource")
        }
    };
    drop(kind);
    Err(vm.throw_error("TypeError", msg))
}

fn readdir(vm: &mut Vm, args: &mut [Value]) -> R {
    with_dir(vm, args, "readdir", |vm, d| {
        if let Some(u) = &d.user {
            return u.read_dir(vm).map_or(Value::False, Value::from);
        }
        match d.entries.get(d.pos) {
            Some(name) => {
                d.pos += 1;
                Value::from(name.clone())
            }
            None => Value::False,
        }
    })
}

fn rewinddir(vm: &mut Vm, args: &mut [Value]) -> R {
    with_dir(vm, args, "rewinddir", |vm, d| {
        if let Some(u) = &d.user {
            u.rewind_dir(vm);
        }
        d.pos = 0;
        Value::Null
    })
}

fn closedir(vm: &mut Vm, args: &mut [Value]) -> R {
    with_dir(vm, args, "closedir", |_, _| ())?;
    if let Value::Resource(r) = get(args, 0) {
        let old = std::mem::replace(&mut *r.kind.borrow_mut(), ResourceKind::Closed);
        if let ResourceKind::Dir(DirHandle { user: Some(u), .. }) = old {
            u.close_dir(vm);
        }
    }
    Ok(Value::Null)
}

fn scandir(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "scandir";
    let name = arg_path(vm, args, 0, F)?;
    let order = opt_long(vm, args, 1, F, 0)?;
    if name.is_empty() {
        return Err(value_error(vm, F, 0, "cannot be empty"));
    }
    if let Some(class) = vm.user_wrapper(&name) {
        let Ok(u) = super::userstream::open_dir(vm, F, &class, &name) else {
            vm.warning(&format!(
                "{F}({}): Failed to open directory: \"{}::dir_opendir\" call failed",
                shown(&name),
                class.name
            ));
            vm.warning(&format!("{F}(): (errno 0): Success"));
            return Ok(Value::False);
        };
        let mut entries = Vec::new();
        while let Some(e) = u.read_dir(vm) {
            entries.push(e);
        }
        u.close_dir(vm);
        return Ok(sorted_names(entries, order));
    }
    match read_dir_names(&name) {
        Ok(entries) => Ok(sorted_names(entries, order)),
        Err(e) => {
            vm.warning(&format!(
                "{F}({}): Failed to open directory: {}",
                shown(&name),
                strerror(&e)
            ));
            vm.warning(&format!(
                "{F}(): (errno {}): {}",
                e.raw_os_error().unwrap_or(0),
                strerror(&e)
            ));
            Ok(Value::False)
        }
    }
}

/// `scandir`'s list in the order asked (0 ascending, 1 descending, else as read).
fn sorted_names(mut entries: Vec<Vec<u8>>, order: i64) -> Value {
    match order {
        0 => entries.sort(),
        1 => entries.sort_by(|a, b| b.cmp(a)),
        _ => {}
    }
    Value::from(PhpArray::from_list(
        entries.into_iter().map(Value::from).collect(),
    ))
}

fn sync(vm: &mut Vm, args: &[Value], f: &str, data_only: bool) -> R {
    with_stream(vm, args, f, |vm, s| match &s.backend {
        Backend::File(file) => {
            let r = if data_only {
                file.sync_data()
            } else {
                file.sync_all()
            };
            Ok(Value::from(r.is_ok()))
        }
        // fsync(2) on the standard streams' pipes fails quietly.
        Backend::Stdin | Backend::Stdout | Backend::Stderr => Ok(Value::False),
        _ => {
            vm.warning(&format!("{f}(): Can't fsync this stream!"));
            Ok(Value::False)
        }
    })
}

fn fsync(vm: &mut Vm, args: &mut [Value]) -> R {
    sync(vm, args, "fsync", false)
}

fn fdatasync(vm: &mut Vm, args: &mut [Value]) -> R {
    sync(vm, args, "fdatasync", true)
}

/// Streams here are all local; a URL is local unless its scheme is a network one.
fn stream_is_local(vm: &mut Vm, args: &mut [Value]) -> R {
    if let Value::Resource(_) = get(args, 0) {
        return with_stream(vm, args, "stream_is_local", |_, _| Ok(Value::True));
    }
    let url = arg_str(vm, args, 0, "stream_is_local")?.to_ascii_lowercase();
    let remote = ["http://", "https://", "ftp://", "ftps://"]
        .iter()
        .any(|p| url.starts_with(p.as_bytes()));
    Ok(Value::from(!remote))
}

fn is_resource(_vm: &mut Vm, args: &mut [Value]) -> R {
    Ok(Value::from(
        matches!(get(args, 0), Value::Resource(r) if !r.is_closed()),
    ))
}

fn get_resource_type(vm: &mut Vm, args: &mut [Value]) -> R {
    let r = arg_resource(vm, args, 0, "get_resource_type")?;
    Ok(Value::from(r.type_name()))
}

fn get_resource_id(vm: &mut Vm, args: &mut [Value]) -> R {
    let r = arg_resource(vm, args, 0, "get_resource_id")?;
    Ok(Value::Long(r.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_written() {
        let mut out = Vec::new();
        csv_field(&mut out, b"plain", b',', b'"', Some(b'\\'));
        out.push(b'|');
        csv_field(&mut out, b"a \"q\"", b',', b'"', Some(b'\\'));
        out.push(b'|');
        csv_field(&mut out, b"x\\\"y", b',', b'"', Some(b'\\'));
        assert_eq!(out, b"plain|\"a \"\"q\"\"\"|\"x\\\"y\"");
    }
}
