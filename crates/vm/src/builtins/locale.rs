//! Locales: `setlocale`, `localeconv`, `strcoll`. Only the locales this machine's C
//! library always has are accepted (`C`, `POSIX`, `C.UTF-8`), so every category
//! behaves as the C locale; the names are tracked per category as glibc reports them.

use super::date::format::{DAY_NAMES, MONTH_NAMES};
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
    func("nl_langinfo", nl_langinfo, &["item"], 1),
];

/// LC_CTYPE..LC_MESSAGES are 0..=5 and LC_ALL is 6, as in glibc; then `nl_langinfo`'s
/// items, glibc's numbers (category << 16 | index).
pub const LC_CONSTANTS: &[(&str, i64)] = &[
    ("LC_CTYPE", 0),
    ("LC_NUMERIC", 1),
    ("LC_TIME", 2),
    ("LC_COLLATE", 3),
    ("LC_MONETARY", 4),
    ("LC_MESSAGES", 5),
    ("LC_ALL", 6),
    ("ABDAY_1", 131072),
    ("ABDAY_2", 131073),
    ("ABDAY_3", 131074),
    ("ABDAY_4", 131075),
    ("ABDAY_5", 131076),
    ("ABDAY_6", 131077),
    ("ABDAY_7", 131078),
    ("DAY_1", 131079),
    ("DAY_2", 131080),
    ("DAY_3", 131081),
    ("DAY_4", 131082),
    ("DAY_5", 131083),
    ("DAY_6", 131084),
    ("DAY_7", 131085),
    ("ABMON_1", 131086),
    ("ABMON_2", 131087),
    ("ABMON_3", 131088),
    ("ABMON_4", 131089),
    ("ABMON_5", 131090),
    ("ABMON_6", 131091),
    ("ABMON_7", 131092),
    ("ABMON_8", 131093),
    ("ABMON_9", 131094),
    ("ABMON_10", 131095),
    ("ABMON_11", 131096),
    ("ABMON_12", 131097),
    ("MON_1", 131098),
    ("MON_2", 131099),
    ("MON_3", 131100),
    ("MON_4", 131101),
    ("MON_5", 131102),
    ("MON_6", 131103),
    ("MON_7", 131104),
    ("MON_8", 131105),
    ("MON_9", 131106),
    ("MON_10", 131107),
    ("MON_11", 131108),
    ("MON_12", 131109),
    ("AM_STR", 131110),
    ("PM_STR", 131111),
    ("D_T_FMT", 131112),
    ("D_FMT", 131113),
    ("T_FMT", 131114),
    ("T_FMT_AMPM", 131115),
    ("ERA", 131116),
    ("ERA_YEAR", 131117),
    ("ERA_D_FMT", 131118),
    ("ALT_DIGITS", 131119),
    ("ERA_D_T_FMT", 131120),
    ("ERA_T_FMT", 131121),
    ("INT_CURR_SYMBOL", 262144),
    ("CURRENCY_SYMBOL", 262145),
    ("MON_DECIMAL_POINT", 262146),
    ("MON_THOUSANDS_SEP", 262147),
    ("MON_GROUPING", 262148),
    ("POSITIVE_SIGN", 262149),
    ("NEGATIVE_SIGN", 262150),
    ("INT_FRAC_DIGITS", 262151),
    ("FRAC_DIGITS", 262152),
    ("P_CS_PRECEDES", 262153),
    ("P_SEP_BY_SPACE", 262154),
    ("N_CS_PRECEDES", 262155),
    ("N_SEP_BY_SPACE", 262156),
    ("P_SIGN_POSN", 262157),
    ("N_SIGN_POSN", 262158),
    ("CRNCYSTR", 262159),
    ("DECIMAL_POINT", 65536),
    ("RADIXCHAR", 65536),
    ("THOUSANDS_SEP", 65537),
    ("THOUSEP", 65537),
    ("GROUPING", 65538),
    ("YESEXPR", 327680),
    ("NOEXPR", 327681),
    ("YESSTR", 327682),
    ("NOSTR", 327683),
    ("CODESET", 14),
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

/// An `nl_langinfo` item in the C locale (the only one here); `None` for a number
/// that names no item PHP accepts.
fn langinfo(item: i64) -> Option<Vec<u8>> {
    let s = |t: &str| Some(t.as_bytes().to_vec());
    let i = usize::try_from(item & 0xffff).ok()?;
    match item >> 16 {
        // LC_TIME: days, months, then the formats.
        2 => match i {
            0..=6 => s(&DAY_NAMES[i][..3]),
            7..=13 => s(DAY_NAMES[i - 7]),
            14..=25 => s(&MONTH_NAMES[i - 14][..3]),
            26..=37 => s(MONTH_NAMES[i - 26]),
            38 => s("AM"),
            39 => s("PM"),
            40 => s("%a %b %e %H:%M:%S %Y"),
            41 => s("%m/%d/%y"),
            42 => s("%H:%M:%S"),
            43 => s("%I:%M:%S %p"),
            44..=49 => s(""),
            _ => None,
        },
        // LC_MONETARY: empty strings; the numeric fields are C's CHAR_MAX byte.
        4 => match i {
            0..=6 => s(""),
            7..=14 => Some(vec![0xff]),
            15 => s("-"),
            _ => None,
        },
        1 => match i {
            0 => s("."),
            1 | 2 => s(""),
            _ => None,
        },
        5 => match i {
            0 => s("^[yY]"),
            1 => s("^[nN]"),
            2 | 3 => s(""),
            _ => None,
        },
        0 if item == 14 => {
            let utf8 = CURRENT.with(|c| c.borrow()[0] != "C");
            s(if utf8 { "UTF-8" } else { "ANSI_X3.4-1968" })
        }
        _ => None,
    }
}

fn nl_langinfo(vm: &mut Vm, args: &mut [Value]) -> R {
    let item = arg_long(vm, args, 0, "nl_langinfo")?;
    match langinfo(item) {
        Some(v) => Ok(Value::from(v)),
        None => {
            vm.warning(&format!("nl_langinfo(): Item '{item}' is not valid"));
            Ok(Value::False)
        }
    }
}
