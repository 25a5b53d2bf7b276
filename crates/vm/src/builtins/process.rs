//! The process and the script set: `getmypid`, `sleep`, `usleep`, the include path
//! and `get_included_files`.

use crate::array::PhpArray;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("getmypid", getmypid, &[], 0),
    func("sleep", sleep, &["seconds"], 1),
    func("usleep", usleep, &["microseconds"], 1),
    func("get_include_path", get_include_path, &[], 0),
    func("set_include_path", set_include_path, &["include_path"], 1),
    func("get_included_files", get_included_files, &[], 0),
    func("get_required_files", get_included_files, &[], 0),
    func("php_uname", php_uname, &["mode"], 0),
    func("gethostname", gethostname, &[], 0),
];

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
