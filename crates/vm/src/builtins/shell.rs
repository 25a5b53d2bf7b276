//! Running other programs: `exec`, `system`, `passthru`, `shell_exec` (and the
//! backtick operator, which compiles to it), `popen`/`pclose`, `proc_open` & co, and
//! the quoting helpers `escapeshellarg`/`escapeshellcmd`. Commands go through
//! `/bin/sh -c`, as PHP's do.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::os::fd::OwnedFd;
use std::process::{Child, Command, Stdio};
use std::rc::Rc;

use crate::array::PhpArray;
use crate::resource::{Resource, ResourceKind};
use crate::stream::{Backend, Mode, Stream};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_array, arg_str, func, get, has, opt_long, set_ref, type_error, value_error};
use super::streams::arg_resource;
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("exec", exec, &["command", "output", "result_code"], 1).with_by_ref(&[1, 2]),
    func("system", system, &["command", "result_code"], 1).with_by_ref(&[1]),
    func("passthru", passthru, &["command", "result_code"], 1).with_by_ref(&[1]),
    func("shell_exec", shell_exec, &["command"], 1),
    func("escapeshellarg", escapeshellarg, &["arg"], 1),
    func("escapeshellcmd", escapeshellcmd, &["command"], 1),
    func("popen", popen, &["command", "mode"], 2),
    func("pclose", pclose, &["handle"], 1),
    func(
        "proc_open",
        proc_open,
        &[
            "command",
            "descriptor_spec",
            "pipes",
            "cwd",
            "env_vars",
            "options",
        ],
        3,
    )
    .with_by_ref(&[2]),
    func("proc_close", proc_close, &["process"], 1),
    func("proc_get_status", proc_get_status, &["process"], 1),
    func("proc_terminate", proc_terminate, &["process", "signal"], 1),
];

/// A child started by `proc_open`: its pipes are closed by `proc_close`.
pub struct ProcHandle {
    child: Child,
    command: Vec<u8>,
    pipes: Vec<Rc<Resource>>,
    /// `proc_get_status` saw the exit: PHP 8.2 then reports -1 from `proc_close`.
    exit_reported: bool,
}

thread_local! {
    /// `popen` children by the id of their stream, for `pclose`.
    static POPENED: RefCell<HashMap<i64, Child>> = RefCell::new(HashMap::new());
}

/// The command argument: not empty, no NUL byte.
fn command_arg(vm: &mut Vm, args: &[Value], f: &str) -> Result<Vec<u8>, Unwind> {
    let cmd = arg_str(vm, args, 0, f)?;
    if cmd.is_empty() {
        return Err(value_error(vm, f, 0, "cannot be empty"));
    }
    if cmd.contains(&0) {
        return Err(value_error(vm, f, 0, "must not contain any null bytes"));
    }
    Ok(cmd.to_vec())
}

fn shell(cmd: &[u8]) -> Command {
    use std::os::unix::ffi::OsStrExt;
    let mut c = Command::new("/bin/sh");
    c.arg("-c").arg(std::ffi::OsStr::from_bytes(cmd));
    c
}

/// PHP's exit status of a finished child: the code, or -1 when a signal ended it.
fn exit_code(status: std::process::ExitStatus) -> i64 {
    status.code().map_or(-1, i64::from)
}

/// Runs `cmd` with its standard output captured; stdin and stderr are shared.
fn run_captured(vm: &mut Vm, f: &str, cmd: &[u8]) -> Option<(Vec<u8>, i64)> {
    vm.flush();
    match shell(cmd).stdout(Stdio::piped()).output() {
        Ok(out) => Some((out.stdout, exit_code(out.status))),
        Err(e) => {
            vm.warning(&format!(
                "{f}(): Unable to fork [{}]: {e}",
                String::from_utf8_lossy(cmd)
            ));
            None
        }
    }
}

/// Output lines without their line ends and trailing blanks, as exec() keeps them.
fn lines(out: &[u8]) -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = out
        .split(|&c| c == b'\n')
        .map(|l| l.trim_ascii_end().to_vec())
        .collect();
    if out.ends_with(b"\n") || out.is_empty() {
        v.pop();
    }
    v
}

fn exec(vm: &mut Vm, args: &mut [Value]) -> R {
    let cmd = command_arg(vm, args, "exec")?;
    let Some((out, code)) = run_captured(vm, "exec", &cmd) else {
        return Ok(Value::False);
    };
    let lines = lines(&out);
    if has(args, 1) {
        let mut arr = match get(args, 1) {
            Value::Array(a) => (*a).clone(),
            _ => PhpArray::new(),
        };
        for l in &lines {
            let _ = arr.push(Value::from(l.clone()));
        }
        set_ref(args, 1, Value::from(arr));
    }
    set_ref(args, 2, Value::Long(code));
    Ok(Value::from(lines.last().cloned().unwrap_or_default()))
}

fn system(vm: &mut Vm, args: &mut [Value]) -> R {
    let cmd = command_arg(vm, args, "system")?;
    let Some((out, code)) = run_captured(vm, "system", &cmd) else {
        return Ok(Value::False);
    };
    vm.echo(&out);
    set_ref(args, 1, Value::Long(code));
    Ok(Value::from(lines(&out).last().cloned().unwrap_or_default()))
}

fn passthru(vm: &mut Vm, args: &mut [Value]) -> R {
    let cmd = command_arg(vm, args, "passthru")?;
    let Some((out, code)) = run_captured(vm, "passthru", &cmd) else {
        return Ok(Value::False);
    };
    vm.echo(&out);
    set_ref(args, 1, Value::Long(code));
    Ok(Value::Null)
}

fn shell_exec(vm: &mut Vm, args: &mut [Value]) -> R {
    let cmd = arg_str(vm, args, 0, "shell_exec")?;
    if cmd.contains(&0) {
        return Err(value_error(
            vm,
            "shell_exec",
            0,
            "must not contain any null bytes",
        ));
    }
    Ok(match run_captured(vm, "shell_exec", &cmd) {
        Some((out, _)) if out.is_empty() => Value::Null,
        Some((out, _)) => Value::from(out),
        None => Value::False,
    })
}

/// The longest command line (Linux's ARG_MAX, `sysconf(_SC_ARG_MAX)`, as PHP sizes it).
const CMD_MAX_LEN: usize = 2_097_152;

fn escapeshellarg(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "escapeshellarg")?;
    if s.contains(&0) {
        return Err(value_error(
            vm,
            "escapeshellarg",
            0,
            "must not contain any null bytes",
        ));
    }
    if s.len() > CMD_MAX_LEN - 2 - 1 {
        let msg =
            format!("escapeshellarg(): Argument exceeds the allowed length of {CMD_MAX_LEN} bytes");
        return Err(vm.fatal(&msg));
    }
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'\'');
    for &c in s.iter() {
        if c == b'\'' {
            out.extend_from_slice(b"'\\''");
        } else {
            out.push(c);
        }
    }
    out.push(b'\'');
    Ok(Value::from(out))
}

fn escapeshellcmd(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "escapeshellcmd")?;
    if s.contains(&0) {
        return Err(value_error(
            vm,
            "escapeshellcmd",
            0,
            "must not contain any null bytes",
        ));
    }
    if s.len() > CMD_MAX_LEN - 2 - 1 {
        let msg =
            format!("escapeshellcmd(): Command exceeds the allowed length of {CMD_MAX_LEN} bytes");
        return Err(vm.fatal(&msg));
    }
    let mut out = Vec::with_capacity(s.len() * 2);
    for (i, &c) in s.iter().enumerate() {
        match c {
            // A quote is left alone when a matching one follows.
            b'\'' | b'"'
                if s[i + 1..].contains(&c) || out.iter().filter(|&&o| o == c).count() % 2 == 1 =>
            {
                out.push(c)
            }
            b'#' | b'&' | b';' | b'`' | b'|' | b'*' | b'?' | b'~' | b'<' | b'>' | b'^' | b'('
            | b')' | b'[' | b']' | b'{' | b'}' | b'$' | b'\\' | b'\n' | 0xff | b'\'' | b'"' => {
                out.push(b'\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok(Value::from(out))
}

/// A stream over one end of a pipe.
fn pipe_stream(fd: OwnedFd, read: bool, mode_text: &[u8]) -> Stream {
    let mode = Mode {
        read,
        write: !read,
        append: false,
    };
    let mut s = Stream::new(Backend::File(File::from(fd)), mode, Vec::new(), "", "STDIO");
    s.mode_text = mode_text.to_vec();
    s
}

fn popen(vm: &mut Vm, args: &mut [Value]) -> R {
    let cmd = command_arg(vm, args, "popen")?;
    let mode = arg_str(vm, args, 1, "popen")?;
    let read = match mode.as_slice() {
        b"r" | b"rb" => true,
        b"w" | b"wb" => false,
        _ => {
            return Err(value_error(
                vm,
                "popen",
                1,
                "must be one of \"r\", \"rb\", \"w\", or \"wb\"",
            ))
        }
    };
    vm.flush();
    let mut c = shell(&cmd);
    if read {
        c.stdout(Stdio::piped());
    } else {
        c.stdin(Stdio::piped());
    }
    let mut child = match c.spawn() {
        Ok(child) => child,
        Err(e) => {
            vm.warning(&format!("popen({}): {e}", String::from_utf8_lossy(&cmd)));
            return Ok(Value::False);
        }
    };
    let fd: Option<OwnedFd> = if read {
        child.stdout.take().map(OwnedFd::from)
    } else {
        child.stdin.take().map(OwnedFd::from)
    };
    let Some(fd) = fd else {
        return Ok(Value::False);
    };
    let r = vm.new_resource(ResourceKind::Stream(Box::new(pipe_stream(fd, read, &mode))));
    POPENED.with(|p| p.borrow_mut().insert(r.id, child));
    Ok(Value::Resource(r))
}

fn pclose(vm: &mut Vm, args: &mut [Value]) -> R {
    let r = arg_resource(vm, args, 0, "pclose")?;
    let Some(mut child) = POPENED.with(|p| p.borrow_mut().remove(&r.id)) else {
        return Err(vm.throw_error(
            "TypeError",
            "pclose(): supplied resource is not a valid stream resource".into(),
        ));
    };
    if let ResourceKind::Stream(s) = &mut *r.kind.borrow_mut() {
        let _ = s.flush(vm);
    }
    // Closing our end first lets a writer child see EOF.
    *r.kind.borrow_mut() = ResourceKind::Closed;
    Ok(Value::Long(child.wait().map_or(-1, exit_code)))
}

/// One entry of proc_open's descriptor spec, as a `Stdio` for the child, plus the
/// parent's end when it is a pipe (`true` when the parent reads it).
fn descriptor(vm: &mut Vm, n: i64, spec: &Value) -> Result<Option<(Stdio, Option<bool>)>, Unwind> {
    match spec {
        Value::Array(a) => {
            let kind = a
                .get_int(0)
                .map(|v| v.to_string_lossy(14))
                .unwrap_or_default();
            let arg1 = a
                .get_int(1)
                .map(|v| v.to_string_lossy(14))
                .unwrap_or_default();
            match kind.as_slice() {
                b"pipe" => {
                    // The mode is the child's: "r" means the child reads, we write.
                    let child_reads = arg1.first() == Some(&b'r');
                    Ok(Some((Stdio::piped(), Some(!child_reads))))
                }
                b"file" => {
                    let mode = a
                        .get_int(2)
                        .map(|v| v.to_string_lossy(14))
                        .unwrap_or(b"r".to_vec());
                    let Some((_, opts)) = crate::stream::parse_mode(&mode) else {
                        return Ok(None);
                    };
                    use std::os::unix::ffi::OsStrExt;
                    match opts.open(std::ffi::OsStr::from_bytes(&arg1)) {
                        Ok(f) => Ok(Some((Stdio::from(f), None))),
                        Err(e) => {
                            vm.warning(&format!(
                                "proc_open({}): Failed to open stream: {e}",
                                String::from_utf8_lossy(&arg1)
                            ));
                            Ok(None)
                        }
                    }
                }
                _ => {
                    let msg = format!(
                        "proc_open(): Argument #2 ($descriptor_spec) must contain valid descriptor type for descriptor {n}"
                    );
                    Err(vm.throw_error("ValueError", msg))
                }
            }
        }
        Value::Resource(r) => match &*r.kind.borrow() {
            ResourceKind::Stream(s) => match &s.backend {
                Backend::File(f) => Ok(f.try_clone().ok().map(|f| (Stdio::from(f), None))),
                Backend::Stdin | Backend::Stdout | Backend::Stderr => {
                    Ok(Some((Stdio::inherit(), None)))
                }
                _ => Ok(None),
            },
            _ => Err(vm.throw_error(
                "TypeError",
                "proc_open(): supplied resource is not a valid stream resource".into(),
            )),
        },
        _ => Ok(None),
    }
}

fn proc_open(vm: &mut Vm, args: &mut [Value]) -> R {
    let (mut command, text) = match get(args, 0) {
        Value::Array(a) => {
            let parts: Vec<Vec<u8>> = a.values().map(|v| v.to_string_lossy(14)).collect();
            // exec() could not pass a NUL: PHP refuses the element (counted from 1).
            if let Some(i) = parts.iter().position(|p| p.contains(&0)) {
                return Err(super::args::plain_value_error(
                    vm,
                    format!("Command array element {} contains a null byte", i + 1),
                ));
            }
            let Some((prog, rest)) = parts.split_first() else {
                return Err(value_error(
                    vm,
                    "proc_open",
                    0,
                    "must have at least one element",
                ));
            };
            use std::os::unix::ffi::OsStrExt;
            let mut c = Command::new(std::ffi::OsStr::from_bytes(prog));
            c.args(rest.iter().map(|p| std::ffi::OsStr::from_bytes(p)));
            (c, prog.clone())
        }
        Value::String(_) | Value::Long(_) | Value::Double(_) => {
            let cmd = command_arg(vm, args, "proc_open")?;
            (shell(&cmd), cmd)
        }
        v => return Err(type_error(vm, "proc_open", 0, "array|string", &v)),
    };
    let spec = arg_array(vm, args, 1, "proc_open")?;
    let mut parent_ends: Vec<(i64, bool)> = Vec::new();
    for (k, v) in spec.iter() {
        let ArrayKey::Int(n) = k else { continue };
        let Some((stdio, pipe)) = descriptor(vm, n, &v.deref())? else {
            continue;
        };
        match n {
            0 => command.stdin(stdio),
            1 => command.stdout(stdio),
            2 => command.stderr(stdio),
            _ => continue,
        };
        if let Some(parent_reads) = pipe {
            parent_ends.push((n, parent_reads));
        }
    }
    let cwd = get(args, 3);
    if !cwd.is_null() {
        use std::os::unix::ffi::OsStrExt;
        command.current_dir(std::ffi::OsStr::from_bytes(&cwd.to_string_lossy(14)));
    }
    if let Value::Array(env) = get(args, 4) {
        command.env_clear();
        for (k, v) in env.iter() {
            use std::os::unix::ffi::OsStrExt;
            let key = k.to_value().to_string_lossy(14);
            command.env(
                std::ffi::OsStr::from_bytes(&key),
                std::ffi::OsStr::from_bytes(&v.to_string_lossy(14)),
            );
        }
    }
    vm.flush();
    let mut child = match command.spawn() {
        Ok(c) => c,
        Err(e) => {
            vm.warning(&format!("proc_open(): Exec failed: {e}"));
            return Ok(Value::False);
        }
    };
    let mut pipes = PhpArray::new();
    let mut resources = Vec::new();
    for (n, parent_reads) in parent_ends {
        let fd: Option<OwnedFd> = match n {
            0 => child.stdin.take().map(OwnedFd::from),
            1 => child.stdout.take().map(OwnedFd::from),
            _ => child.stderr.take().map(OwnedFd::from),
        };
        if let Some(fd) = fd {
            let mode: &[u8] = if parent_reads { b"r" } else { b"w" };
            let r = vm.new_resource(ResourceKind::Stream(Box::new(pipe_stream(
                fd,
                parent_reads,
                mode,
            ))));
            pipes.insert(ArrayKey::Int(n), Value::Resource(r.clone()));
            resources.push(r);
        }
    }
    set_ref(args, 2, Value::from(pipes));
    let handle = ProcHandle {
        child,
        command: text,
        pipes: resources,
        exit_reported: false,
    };
    Ok(Value::Resource(
        vm.new_resource(ResourceKind::Process(handle)),
    ))
}

/// Runs `op` on the process behind argument 0.
fn with_proc<T>(
    vm: &mut Vm,
    args: &[Value],
    f: &str,
    op: impl FnOnce(&mut ProcHandle) -> T,
) -> Result<T, Unwind> {
    let r = arg_resource(vm, args, 0, f)?;
    let mut kind = r.kind.borrow_mut();
    if let ResourceKind::Process(p) = &mut *kind {
        return Ok(op(p));
    }
    drop(kind);
    Err(vm.throw_error(
        "TypeError",
        format!("{f}(): supplied resource is not a valid process resource"),
    ))
}

fn proc_close(vm: &mut Vm, args: &mut [Value]) -> R {
    let code = with_proc(vm, args, "proc_close", |p| {
        for r in p.pipes.drain(..) {
            *r.kind.borrow_mut() = ResourceKind::Closed;
        }
        let code = p.child.wait().map_or(-1, exit_code);
        if p.exit_reported {
            -1
        } else {
            code
        }
    })?;
    if let Value::Resource(r) = get(args, 0) {
        *r.kind.borrow_mut() = ResourceKind::Closed;
    }
    Ok(Value::Long(code))
}

fn proc_get_status(vm: &mut Vm, args: &mut [Value]) -> R {
    let (command, pid, status) = with_proc(vm, args, "proc_get_status", |p| {
        (
            p.command.clone(),
            p.child.id(),
            p.child.try_wait().ok().flatten(),
        )
    })?;
    use std::os::unix::process::ExitStatusExt;
    let mut a = PhpArray::new();
    let mut put = |k: &str, v: Value| a.insert(ArrayKey::from_bytes(k.as_bytes()), v);
    put("command", Value::from(command));
    put("pid", Value::Long(i64::from(pid)));
    put("running", Value::from(status.is_none()));
    put(
        "signaled",
        Value::from(status.is_some_and(|s| s.signal().is_some())),
    );
    put("stopped", Value::False);
    put("exitcode", Value::Long(status.map_or(-1, exit_code)));
    put(
        "termsig",
        Value::Long(status.and_then(|s| s.signal()).map_or(0, i64::from)),
    );
    put("stopsig", Value::Long(0));
    Ok(Value::from(a))
}

fn proc_terminate(vm: &mut Vm, args: &mut [Value]) -> R {
    let signal = opt_long(vm, args, 1, "proc_terminate", 15)?;
    let pid = with_proc(vm, args, "proc_terminate", |p| p.child.id())?;
    let ok = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .is_ok_and(|s| s.success());
    Ok(Value::from(ok))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_lines_strip_trailing_blanks() {
        assert_eq!(
            lines(b"a  \nb\t\n\nc"),
            vec![b"a".to_vec(), b"b".to_vec(), Vec::new(), b"c".to_vec()]
        );
        assert!(lines(b"").is_empty());
        let out = shell(b"printf 'x\\ny'; exit 3")
            .stdout(Stdio::piped())
            .output()
            .expect("sh");
        assert_eq!(out.stdout, b"x\ny");
        assert_eq!(exit_code(out.status), 3);
    }
}
