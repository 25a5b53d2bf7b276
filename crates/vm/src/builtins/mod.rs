//! The standard library: built-in functions, one module per family
//! (`string`, `array`, `math`, `var` (var_dump & co), `output` (printf & co), …).
//!
//! Every module exposes `pub const FUNCTIONS: &[BuiltinSpec]`; [`all`] chains them
//! into [`table`], built once per process and consulted by every VM behind its own
//! table of user functions. The engine's own functions (`function_exists`,
//! `ob_start`, `define`…) are in `crate::corefns`.

pub mod args;
pub mod array;
pub mod charset;
pub mod consts;
pub mod context;
pub mod crypt;
pub mod csv;
pub mod data_url;
pub mod date;
pub mod encode;
pub mod file;
pub mod filter;
pub mod format;
pub mod fsowner;
pub mod glob;
pub mod hash;
pub mod hebrev;
pub mod html;
mod html_data;
pub mod ini;
pub mod introspect;
pub mod iterator;
pub mod json;
pub mod julian;
pub mod locale;
pub mod math;
pub mod mt;
pub mod net;
pub mod output;
pub mod pack;
pub mod phonetic;
pub mod preg;
pub mod process;
pub mod round;
pub mod scanf;
pub mod serialize;
pub mod shell;
pub mod sockets;
pub mod source;
pub mod stream_filter;
pub mod streams;
pub mod string;
pub mod strtok;
pub mod ticks;
pub mod tokenizer;
pub mod transfer;
pub mod types;
pub mod url;
pub mod userstream;
pub mod var;
pub mod version;
pub mod zsort;

#[cfg(test)]
mod conformance;
#[cfg(test)]
pub mod testkit;

use std::sync::OnceLock;

use crate::names::NameMap;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// A built-in's body. `args` holds exactly the arguments passed (defaults are the
/// handler's business); positions listed in `BuiltinSpec::by_ref` hold a
/// `Value::Reference` the handler writes through.
pub type BuiltinHandler = fn(&mut Vm, &mut [Value]) -> Result<Value, Unwind>;

pub struct BuiltinSpec {
    /// Lowercase name, as looked up.
    pub name: &'static str,
    pub handler: BuiltinHandler,
    /// Parameter names as in PHP's stubs (`$string`, `$offset`…, without `$`), used for
    /// named arguments and in ArgumentCountError/TypeError messages.
    pub params: &'static [&'static str],
    /// Number of required parameters.
    pub required: u8,
    /// The last parameter is variadic (`...$values`).
    pub variadic: bool,
    /// 0-based positions of by-reference parameters (`sort(&$array)`); a variadic by-ref
    /// tail is marked by its first position plus `variadic`.
    pub by_ref: &'static [u8],
    /// [`BuiltinSpec::may_call_back`], worked out when the entry is built
    /// ([`calls_back`]): asked on every call.
    pub calls_back: bool,
}

/// Whether a built-in named `name` with these parameters may run PHP code (a
/// callback, an output handler): such calls are recorded for traces.
pub const fn calls_back(name: &str, params: &[&str], variadic: bool) -> bool {
    // The array_u*/array_*_u* functions take their callbacks in variadic arguments.
    const VARIADIC_CALLBACKS: [&str; 4] = ["udiff", "uintersect", "ukey", "uassoc"];
    let name = name.as_bytes();
    let mut i = 0;
    while i < params.len() {
        if bytes_eq(params[i].as_bytes(), b"callback") {
            return true;
        }
        i += 1;
    }
    // Magic methods (__unserialize, __wakeup, __serialize, __sleep) run from these.
    if starts_with(name, b"ob_") || bytes_eq(name, b"unserialize") || bytes_eq(name, b"serialize") {
        return true;
    }
    if !variadic || !starts_with(name, b"array_") {
        return false;
    }
    let mut f = 0;
    while f < VARIADIC_CALLBACKS.len() {
        if contains(name, VARIADIC_CALLBACKS[f].as_bytes()) {
            return true;
        }
        f += 1;
    }
    false
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    starts_with(a, b)
}

const fn starts_with(s: &[u8], prefix: &[u8]) -> bool {
    if s.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if s[i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn contains(s: &[u8], needle: &[u8]) -> bool {
    let mut at = 0;
    while at + needle.len() <= s.len() {
        let (_, rest) = s.split_at(at);
        if starts_with(rest, needle) {
            return true;
        }
        at += 1;
    }
    false
}

impl BuiltinSpec {
    /// Whether it may run PHP code (a callback, an output handler): such calls are
    /// recorded for traces (`#0 [internal function]: handler()`, `#1 f.php(7): ob_end_clean()`).
    #[inline(always)]
    pub fn may_call_back(&self) -> bool {
        self.calls_back
    }

    /// Whether `given` positional arguments are a count it takes (else
    /// [`BuiltinSpec::arity_error`] has the message).
    #[inline(always)]
    pub fn takes(&self, given: usize) -> bool {
        given >= self.required as usize && (self.variadic || given <= self.params.len())
    }

    /// Whether its by-reference parameters also accept values silently (Zend's
    /// `ZEND_SEND_PREFER_REF`: only these two in PHP 8.2).
    pub fn prefers_ref(&self) -> bool {
        matches!(self.name, "array_multisort" | "extract")
    }

    /// Whether it acts on its caller's frame and so refuses a dynamic call (`$f()`,
    /// `call_user_func`, a callback): Zend's `zend_forbid_dynamic_call()` users.
    pub fn forbids_dynamic_call(&self) -> bool {
        matches!(
            self.name,
            "extract"
                | "compact"
                | "get_defined_vars"
                | "func_get_args"
                | "func_get_arg"
                | "func_num_args"
        )
    }

    /// Whether argument `i` (0-based) is passed by reference.
    pub fn arg_by_ref(&self, i: usize) -> bool {
        self.by_ref.iter().any(|&p| p as usize == i)
            || (self.variadic
                && i + 1 >= self.params.len()
                && self
                    .by_ref
                    .last()
                    .is_some_and(|&p| p as usize + 1 == self.params.len()))
    }

    /// PHP's ArgumentCountError message for `given` arguments, if that count is wrong.
    pub fn arity_error(&self, given: usize) -> Option<String> {
        let required = self.required as usize;
        let max = self.params.len();
        let (kind, n) = if given < required {
            let kind = if !self.variadic && required == max {
                "exactly"
            } else {
                "at least"
            };
            (kind, required)
        } else if !self.variadic && given > max {
            let kind = if required == max {
                "exactly"
            } else {
                "at most"
            };
            (kind, max)
        } else {
            return None;
        };
        let plural = if n == 1 { "" } else { "s" };
        Some(format!(
            "{}() expects {kind} {n} argument{plural}, {given} given",
            self.name
        ))
    }

    /// The position of a named argument.
    pub fn param_position(&self, name: &[u8]) -> Option<usize> {
        self.params.iter().position(|p| p.as_bytes() == name)
    }
}

/// The modules' tables; a stdlib module adds its `FUNCTIONS` here.
const MODULES: &[&[BuiltinSpec]] = &[
    crate::corefns::FUNCTIONS,
    crate::output::functions::FUNCTIONS,
    output::FUNCTIONS,
    string::FUNCTIONS,
    encode::FUNCTIONS,
    math::FUNCTIONS,
    array::FUNCTIONS,
    types::FUNCTIONS,
    var::FUNCTIONS,
    json::FUNCTIONS,
    hash::FUNCTIONS,
    serialize::FUNCTIONS,
    file::FUNCTIONS,
    fsowner::FUNCTIONS,
    crate::realpath::FUNCTIONS,
    html::FUNCTIONS,
    preg::FUNCTIONS,
    iterator::FUNCTIONS,
    crate::sapi::functions::FUNCTIONS,
    streams::FUNCTIONS,
    userstream::FUNCTIONS,
    context::FUNCTIONS,
    stream_filter::FUNCTIONS,
    process::FUNCTIONS,
    url::FUNCTIONS,
    scanf::FUNCTIONS,
    glob::FUNCTIONS,
    pack::FUNCTIONS,
    phonetic::FUNCTIONS,
    transfer::FUNCTIONS,
    strtok::FUNCTIONS,
    ticks::FUNCTIONS,
    hebrev::FUNCTIONS,
    crypt::FUNCTIONS,
    shell::FUNCTIONS,
    source::FUNCTIONS,
    locale::FUNCTIONS,
    ini::FUNCTIONS,
    introspect::FUNCTIONS,
    version::FUNCTIONS,
    net::FUNCTIONS,
    sockets::FUNCTIONS,
    charset::FUNCTIONS,
    date::FUNCTIONS,
    julian::FUNCTIONS,
    tokenizer::FUNCTIONS,
    filter::FUNCTIONS,
    crate::class::date::FUNCTIONS,
    crate::class::functions::FUNCTIONS,
];

pub fn all() -> impl Iterator<Item = &'static BuiltinSpec> {
    MODULES.iter().flat_map(|m| m.iter())
}

/// The built-ins by lowercase name, built once per process: a request's VM starts
/// without copying them (see `Vm::lookup_function`).
pub fn table() -> &'static NameMap<&'static [u8], &'static BuiltinSpec> {
    static TABLE: OnceLock<NameMap<&'static [u8], &'static BuiltinSpec>> = OnceLock::new();
    TABLE.get_or_init(|| all().map(|spec| (spec.name.as_bytes(), spec)).collect())
}

impl Vm {
    /// Add built-ins defined outside this crate (an extension's functions, as the
    /// opcache's `opcache_*`) to this VM's function table, shadowing any of the same name.
    pub fn register_builtins(&mut self, specs: &'static [BuiltinSpec]) {
        for spec in specs {
            self.functions.insert(
                spec.name.as_bytes().to_vec(),
                crate::vm::Func::Builtin(spec),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nop(_: &mut Vm, _: &mut [Value]) -> Result<Value, Unwind> {
        Ok(Value::Null)
    }

    #[test]
    fn the_variadic_callback_built_ins_are_variadic_array_functions() {
        let named = |s: &BuiltinSpec| {
            ["udiff", "uintersect", "ukey", "uassoc"]
                .iter()
                .any(|f| s.name.contains(f))
        };
        let found: Vec<&str> = all().filter(|s| named(s)).map(|s| s.name).collect();
        assert!(found.contains(&"array_udiff") && found.contains(&"array_diff_ukey"));
        for s in all().filter(|s| named(s)) {
            assert!(s.variadic && s.name.starts_with("array_"), "{}", s.name);
            assert!(s.may_call_back(), "{}", s.name);
        }
    }

    #[test]
    fn built_ins_that_call_back_are_known_from_their_entries() {
        let spec = |name: &str| table().get(name.as_bytes()).copied().expect(name);
        for name in [
            "usort",
            "array_map",
            "ob_start",
            "array_udiff",
            "call_user_func",
        ] {
            assert!(spec(name).may_call_back(), "{name}");
        }
        for name in [
            "strlen",
            "count",
            "array_key_exists",
            "array_diff",
            "implode",
        ] {
            assert!(!spec(name).may_call_back(), "{name}");
        }
        assert!(calls_back("array_diff_ukey", &["array"], true));
        assert!(!calls_back("array_diff_ukey", &["array"], false));
    }

    #[test]
    fn takes_is_arity_error_s_complement() {
        for s in all() {
            for n in 0..=s.params.len() + 1 {
                assert_eq!(s.takes(n), s.arity_error(n).is_none(), "{} {n}", s.name);
            }
        }
    }

    #[test]
    fn registered_from_outside() {
        static EXT: [BuiltinSpec; 1] = [args::func("ext_nop", nop, &[], 0)];
        let mut vm = Vm::new(
            &crate::vm::IniOverrides::default(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        );
        assert!(!vm.function_exists(b"ext_nop"));
        vm.register_builtins(&EXT);
        assert!(vm.function_exists(b"EXT_NOP"));
    }

    #[test]
    fn arity_messages() {
        let strlen = BuiltinSpec {
            name: "strlen",
            handler: nop,
            params: &["string"],
            required: 1,
            variadic: false,
            by_ref: &[],
            calls_back: false,
        };
        assert_eq!(
            strlen.arity_error(0).as_deref(),
            Some("strlen() expects exactly 1 argument, 0 given")
        );
        assert_eq!(
            strlen.arity_error(2).as_deref(),
            Some("strlen() expects exactly 1 argument, 2 given")
        );
        assert_eq!(strlen.arity_error(1), None);
        let substr = BuiltinSpec {
            name: "substr",
            handler: nop,
            params: &["string", "offset", "length"],
            required: 2,
            variadic: false,
            by_ref: &[],
            calls_back: false,
        };
        assert_eq!(
            substr.arity_error(1).as_deref(),
            Some("substr() expects at least 2 arguments, 1 given")
        );
        assert_eq!(
            substr.arity_error(4).as_deref(),
            Some("substr() expects at most 3 arguments, 4 given")
        );
        let sort = BuiltinSpec {
            name: "array_multisort",
            handler: nop,
            params: &["array", "rest"],
            required: 1,
            variadic: true,
            by_ref: &[0, 1],
            calls_back: false,
        };
        assert!(sort.arg_by_ref(0) && sort.arg_by_ref(5));
        assert_eq!(sort.arity_error(9), None);
    }
}
