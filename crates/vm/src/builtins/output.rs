//! `printf` and friends, and `number_format`: the handlers around `format.rs`.

use crate::value::{PhpStr, Value};
use crate::vm::{Unwind, Vm};

use super::args::{alloc_guard, arg_array, arg_double, arg_str, func, opt_long, opt_nullable_str};
use super::format::{self, FormatArgs, FormatError};
use super::round::{php_round, RoundMode};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("sprintf", sprintf, &["format", "values"], 1).with_variadic(),
    func("printf", printf, &["format", "values"], 1).with_variadic(),
    func("vsprintf", vsprintf, &["format", "values"], 2),
    func("vprintf", vprintf, &["format", "values"], 2),
    func(
        "number_format",
        number_format,
        &[
            "num",
            "decimals",
            "decimal_separator",
            "thousands_separator",
        ],
        1,
    ),
];

/// The VM's conversions (with their warnings) for the engine.
struct VmArgs<'a> {
    vm: &'a mut Vm,
    values: &'a [Value],
    func: &'static str,
}

impl FormatArgs for VmArgs<'_> {
    type Error = Unwind;
    fn count(&self) -> usize {
        self.values.len()
    }
    fn exact_long(&self, i: usize) -> Option<i64> {
        match self.values[i].deref() {
            Value::Long(n) => Some(n),
            _ => None,
        }
    }
    fn long(&mut self, i: usize) -> Result<i64, Unwind> {
        // An int or a string argument, the usual ones, without a clone.
        match &self.values[i] {
            Value::Long(n) => Ok(*n),
            v => Ok(super::types::long_of(self.vm, &v.deref())),
        }
    }
    fn double(&mut self, i: usize) -> Result<f64, Unwind> {
        Ok(super::types::double_of(self.vm, &self.values[i].deref()))
    }
    fn string(&mut self, i: usize) -> Result<PhpStr, Unwind> {
        match &self.values[i] {
            Value::String(s) => Ok(s.clone()),
            v => v.deref().to_php_string(self.vm),
        }
    }
    fn notice(&mut self, msg: String) -> Result<(), Unwind> {
        self.vm.notice(&format!("{}(): {msg}", self.func));
        Ok(())
    }
}

/// How a missing argument is reported: by count of arguments (`sprintf`), or by the
/// size of the array (`vsprintf`).
#[derive(Clone, Copy)]
enum ArgSource {
    Variadic,
    Array,
}

fn run(
    vm: &mut Vm,
    func: &'static str,
    fmt: &[u8],
    values: &[Value],
    source: ArgSource,
) -> Result<Vec<u8>, Unwind> {
    let n = values.len();
    let mut a = VmArgs { vm, values, func };
    match format::format(fmt, &mut a) {
        Ok(out) => Ok(out),
        Err(FormatError::Arg(e)) => Err(e),
        Err(FormatError::Value(msg)) => Err(vm.throw_error("ValueError", msg)),
        Err(FormatError::MissingArg(i)) => Err(match source {
            ArgSource::Variadic => vm.throw_error(
                "ArgumentCountError",
                format!("{} arguments are required, {} given", i + 2, n + 1),
            ),
            ArgSource::Array => vm.throw_error(
                "ValueError",
                format!(
                    "The arguments array must contain {} items, {n} given",
                    i + 1
                ),
            ),
        }),
    }
}

pub(crate) fn sprintf_common(
    vm: &mut Vm,
    args: &[Value],
    func: &'static str,
) -> Result<Vec<u8>, Unwind> {
    let fmt = arg_str(vm, args, 0, func)?;
    run(vm, func, &fmt, &args[1..], ArgSource::Variadic)
}

/// The format is argument `first` (1 for vfprintf, after its stream), the values the next.
pub(crate) fn vsprintf_common(
    vm: &mut Vm,
    args: &[Value],
    func: &'static str,
    first: usize,
) -> Result<Vec<u8>, Unwind> {
    let fmt = arg_str(vm, args, first, func)?;
    let arr = arg_array(vm, args, first + 1, func)?;
    let values: Vec<Value> = arr.values().cloned().collect();
    run(vm, func, &fmt, &values, ArgSource::Array)
}

fn sprintf(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    sprintf_common(vm, args, "sprintf").map(Value::from)
}

fn printf(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let out = sprintf_common(vm, args, "printf")?;
    vm.echo(&out);
    Ok(Value::Long(out.len() as i64))
}

fn vsprintf(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    vsprintf_common(vm, args, "vsprintf", 0).map(Value::from)
}

fn vprintf(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let out = vsprintf_common(vm, args, "vprintf", 0)?;
    vm.echo(&out);
    Ok(Value::Long(out.len() as i64))
}

fn number_format(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    const F: &str = "number_format";
    let num = arg_double(vm, args, 0, F)?;
    let decimals = opt_long(vm, args, 1, F, 0)?.clamp(0, i64::from(i32::MAX));
    let dec_point = opt_nullable_str(vm, args, 2, F)?;
    let thousands = opt_nullable_str(vm, args, 3, F)?;
    alloc_guard(vm, decimals as u128)?;
    let rounded = php_round(num, decimals, RoundMode::HalfUp);
    let out = format::number_format(
        rounded,
        decimals as usize,
        dec_point.as_deref().map_or(b".", |s| s.as_slice()),
        thousands.as_deref().map_or(b",", |s| s.as_slice()),
    );
    Ok(Value::from(out))
}
