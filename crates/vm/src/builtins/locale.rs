//! Locales: `setlocale`, `localeconv`, `strcoll`. Only the locales this machine's C
//! library always has are accepted (`C`, `POSIX`, `C.UTF-8`), so every category
//! behaves as the C locale; the names are tracked per category as glibc reports them.

use std::cell::RefCell;

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func, get};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("setlocale", setlocale, &["category", "locales", "rest"], 2).with_variadic(),
    func("localeconv", localeconv, &[], 0),
    func("strcoll", strcoll, &["string1", "string2"], 2),
];

/// LC_CTYPE..LC_MESSAGES are 0..=5 and LC_ALL is 6, as in glibc.
pub const LC_CONSTANTS: &[(&str, i64)] = &[
    ("LC_CTYPE", 0),
    ("LC_NUMERIC", 1),
    ("LC_TIME", 2),
    ("LC_COLLATE", 3),
    ("LC_MONETARY", 4),
    ("LC_MESSAGES", 5),
    ("LC_ALL", 6),
];
const LC_ALL: usize = 6;
const CATEGORY_NAMES: [&str; 6] = [
    "LC_CTYPE",
    "LC_NUMERIC",
    "LC_TIME",
    "LC_COLLATE",
    "LC_MONETARY",
    "LC_MESSAGES",
];
/// glibc's categories past LC_MESSAGES, always "C" here (they appear in LC_ALL's
/// composite name).
const OTHER_CATEGORIES: [&str; 6] = [
    "LC_PAPER",
    "LC_NAME",
    "LC_ADDRESS",
    "LC_TELEPHONE",
    "LC_MEASUREMENT",
    "LC_IDENTIFICATION",
];

thread_local! {
    /// The locale name of each category; PHP starts with LC_CTYPE from the environment.
    static CURRENT: RefCell<[String; 6]> = RefCell::new(std::array::from_fn(|i| {
        if i == 0 { environment_locale() } else { "C".to_string() }
    }));
}

/// The locale `""` selects: LC_ALL, LC_CTYPE or LANG, when this machine has it.
fn environment_locale() -> String {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .and_then(|name| known(&name))
        .unwrap_or_else(|| "C".to_string())
}

/// The name glibc reports for an installed locale, if `name` is one.
fn known(name: &str) -> Option<String> {
    match name {
        "C" | "POSIX" => Some("C".to_string()),
        "C.UTF-8" | "C.utf8" => Some(name.to_string()),
        _ => None,
    }
}

/// The name of category `cat`, LC_ALL giving glibc's composite when they differ.
fn query(cat: usize) -> String {
    CURRENT.with(|c| {
        let c = c.borrow();
        if cat < LC_ALL {
            return c[cat].clone();
        }
        if c.iter().all(|n| *n == c[0]) {
            return c[0].clone();
        }
        let mut parts: Vec<String> = CATEGORY_NAMES
            .iter()
            .zip(c.iter())
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        parts.extend(OTHER_CATEGORIES.iter().map(|k| format!("{k}=C")));
        parts.join(";")
    })
}

fn set(cat: usize, name: &str) {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        if cat == LC_ALL {
            c.iter_mut().for_each(|n| *n = name.to_string());
        } else {
            c[cat] = name.to_string();
        }
    });
}

fn setlocale(vm: &mut Vm, args: &mut [Value]) -> R {
    let cat = arg_long(vm, args, 0, "setlocale")?;
    let Some(cat) = usize::try_from(cat).ok().filter(|&c| c <= LC_ALL) else {
        return Ok(Value::False);
    };
    // The candidates: every string argument, arrays flattened, in order.
    let mut candidates = Vec::new();
    for i in 1..args.len() {
        match get(args, i) {
            Value::Array(a) => candidates.extend(a.values().map(Value::deref)),
            v => candidates.push(v),
        }
    }
    for v in &candidates {
        let name = match v {
            Value::Null => String::new(),
            _ => String::from_utf8_lossy(&v.to_php_string(vm)?).into_owned(),
        };
        if name == "0" {
            return Ok(Value::from(query(cat)));
        }
        if name.len() >= 255 {
            vm.warning("setlocale(): Specified locale name is too long");
            continue;
        }
        let resolved = if name.is_empty() {
            Some(environment_locale())
        } else {
            known(&name)
        };
        if let Some(r) = resolved {
            set(cat, &r);
            return Ok(Value::from(query(cat)));
        }
    }
    Ok(Value::False)
}

/// The C locale's conventions (`CHAR_MAX` where a value is unspecified).
fn localeconv(_vm: &mut Vm, _args: &mut [Value]) -> R {
    let mut a = PhpArray::new();
    let mut put = |k: &str, v: Value| a.insert(ArrayKey::from_bytes(k.as_bytes()), v);
    put("decimal_point", Value::from("."));
    for k in [
        "thousands_sep",
        "int_curr_symbol",
        "currency_symbol",
        "mon_decimal_point",
        "mon_thousands_sep",
        "positive_sign",
        "negative_sign",
    ] {
        put(k, Value::from(""));
    }
    for k in [
        "int_frac_digits",
        "frac_digits",
        "p_cs_precedes",
        "p_sep_by_space",
        "n_cs_precedes",
        "n_sep_by_space",
        "p_sign_posn",
        "n_sign_posn",
    ] {
        put(k, Value::Long(127));
    }
    put("grouping", Value::from(PhpArray::new()));
    put("mon_grouping", Value::from(PhpArray::new()));
    Ok(Value::from(a))
}

/// In the C locale collation is byte order.
fn strcoll(vm: &mut Vm, args: &mut [Value]) -> R {
    let a = arg_str(vm, args, 0, "strcoll")?;
    let b = arg_str(vm, args, 1, "strcoll")?;
    Ok(Value::Long(super::string::binary_strcmp(&a, &b).signum()))
}
