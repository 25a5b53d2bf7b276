//! The engine's predefined constants (`PHP_*`, `E_*`, math constants): one table per
//! thread, shared by its VMs, which keep the script's constants in their own table.

use crate::names::NameIndexMap;
use std::rc::Rc;

use crate::errors::LEVEL_CONSTANTS;
use crate::value::Value;

/// The version this interpreter reports: the `php` it mirrors.
pub const PHP_VERSION: &str = "8.2.36";
pub const PHP_MAJOR_VERSION: i64 = 8;
pub const PHP_MINOR_VERSION: i64 = 2;
pub const PHP_RELEASE_VERSION: i64 = 36;

/// Constants by exact name.
/// In registration order, as `get_defined_constants()` lists them.
pub type ConstTable = NameIndexMap<Vec<u8>, Value>;

thread_local! {
    static PREDEFINED: Rc<ConstTable> = Rc::new(build());
}

/// This thread's predefined constants (values hold `Rc`s, hence per thread).
pub fn predefined() -> Rc<ConstTable> {
    PREDEFINED.with(Rc::clone)
}

fn build() -> ConstTable {
    let mut table = ConstTable::default();
    // The first definition of a name wins, as `define_constant` does.
    let mut define = |name: &str, v: Value| {
        table.entry(name.as_bytes().to_vec()).or_insert(v);
    };
    let ints: &[(&str, i64)] = &[
        ("PHP_INT_MAX", i64::MAX),
        ("PHP_INT_MIN", i64::MIN),
        ("PHP_INT_SIZE", 8),
        ("PHP_FLOAT_DIG", 15),
        ("PHP_MAJOR_VERSION", PHP_MAJOR_VERSION),
        ("PHP_MINOR_VERSION", PHP_MINOR_VERSION),
        ("PHP_RELEASE_VERSION", PHP_RELEASE_VERSION),
        ("PHP_VERSION_ID", 80200 + PHP_RELEASE_VERSION),
        ("PHP_DEBUG", 0),
        ("DEBUG_BACKTRACE_PROVIDE_OBJECT", 1),
        ("DEBUG_BACKTRACE_IGNORE_ARGS", 2),
        ("PHP_MAXPATHLEN", 4096),
        ("INI_USER", 1),
        ("INI_PERDIR", 2),
        ("INI_SYSTEM", 4),
        ("INI_ALL", 7),
        ("PHP_OUTPUT_HANDLER_STDFLAGS", crate::output::STDFLAGS),
        ("M_PI_INT", 3),
        ("SORT_REGULAR", 0),
        ("SORT_NUMERIC", 1),
        ("SORT_STRING", 2),
        ("SORT_FLAG_CASE", 8),
        ("SORT_NATURAL", 6),
        ("SORT_LOCALE_STRING", 5),
        ("COUNT_NORMAL", 0),
        ("COUNT_RECURSIVE", 1),
        ("CASE_LOWER", 0),
        ("CASE_UPPER", 1),
        ("EXTR_OVERWRITE", 0),
        ("EXTR_SKIP", 1),
        ("EXTR_PREFIX_SAME", 2),
        ("EXTR_PREFIX_ALL", 3),
        ("EXTR_PREFIX_INVALID", 4),
        ("EXTR_IF_EXISTS", 6),
        ("EXTR_PREFIX_IF_EXISTS", 5),
        ("EXTR_REFS", 256),
    ];
    for (name, v) in ints
        .iter()
        .chain(LEVEL_CONSTANTS)
        .chain(crate::builtins::consts::INT_CONSTANTS)
        .chain(crate::builtins::streams::CONSTANTS)
        .chain(crate::builtins::filter::CONSTANTS)
        .chain(crate::builtins::locale::LC_CONSTANTS)
        .chain(crate::builtins::ini::INI_CONSTANTS)
        .chain(crate::builtins::julian::CONSTANTS)
        .chain(crate::builtins::tokenizer::CONSTANTS)
    {
        define(name, Value::Long(*v));
    }
    let floats: &[(&str, f64)] = &[
        ("PHP_FLOAT_EPSILON", f64::EPSILON),
        ("PHP_FLOAT_MAX", f64::MAX),
        ("PHP_FLOAT_MIN", f64::MIN_POSITIVE),
        ("NAN", f64::NAN),
        ("INF", f64::INFINITY),
        ("M_PI", std::f64::consts::PI),
        ("M_E", std::f64::consts::E),
        ("M_LOG2E", std::f64::consts::LOG2_E),
        ("M_LOG10E", std::f64::consts::LOG10_E),
        ("M_LN2", std::f64::consts::LN_2),
        ("M_LN10", std::f64::consts::LN_10),
        ("M_PI_2", std::f64::consts::FRAC_PI_2),
        ("M_PI_4", std::f64::consts::FRAC_PI_4),
        ("M_1_PI", std::f64::consts::FRAC_1_PI),
        ("M_2_PI", std::f64::consts::FRAC_2_PI),
        ("M_SQRTPI", 1.772_453_850_905_516),
        ("M_2_SQRTPI", std::f64::consts::FRAC_2_SQRT_PI),
        ("M_SQRT2", std::f64::consts::SQRT_2),
        ("M_SQRT3", 1.732_050_807_568_877_2),
        ("M_SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("M_LNPI", 1.144_729_885_849_400_2),
        ("M_EULER", 0.577_215_664_901_532_9),
    ];
    for (name, v) in crate::output::CONSTANTS {
        define(name, Value::Long(*v));
    }
    for (name, v) in floats {
        define(name, Value::Double(*v));
    }
    let strings: &[(&str, &str)] = &[
        ("PHP_EOL", "\n"),
        ("PHP_VERSION", PHP_VERSION),
        ("PHP_EXTRA_VERSION", ""),
        ("PHP_OS", "Linux"),
        ("PHP_OS_FAMILY", "Linux"),
        ("PHP_SAPI", "cli"),
        ("DIRECTORY_SEPARATOR", "/"),
        ("PATH_SEPARATOR", ":"),
        ("DEFAULT_INCLUDE_PATH", ".:/usr/share/php"),
        ("PHP_SHLIB_SUFFIX", "so"),
    ];
    // The running executable, as php's CLI finds its own (subprocesses run it again).
    let binary = std::env::current_exe().map_or_else(
        |_| "/usr/bin/miniphp".to_string(),
        |p| p.to_string_lossy().into_owned(),
    );
    define("PHP_BINARY", Value::from(binary.as_str()));
    let date_formats = crate::builtins::date::FORMAT_CONSTANTS;
    for (name, v) in strings
        .iter()
        .chain(crate::builtins::consts::STR_CONSTANTS)
        .chain(date_formats)
    {
        define(name, Value::from(*v));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::{IniOverrides, Vm};

    #[test]
    fn predefined() {
        let vm = Vm::new(
            &IniOverrides::default(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        );
        assert!(matches!(vm.constant(b"PHP_INT_SIZE"), Some(Value::Long(8))));
        assert!(matches!(vm.constant(b"E_ALL"), Some(Value::Long(32767))));
        assert!(matches!(vm.constant(b"TRUE"), Some(Value::True)));
        assert!(matches!(vm.constant(b"\\PHP_EOL"), Some(Value::String(_))));
        assert!(vm.constant(b"php_eol").is_none());
    }
}
