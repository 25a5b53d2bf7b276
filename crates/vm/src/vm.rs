//! The VM: runtime tables, ini settings, error reporting and the API built-ins use.
//! The dispatch loop is in `exec.rs`, include/require in `include.rs`.

use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::builtins::BuiltinSpec;
use crate::errors::{self, Display};
use crate::exec::{Call, Frame};
use crate::include::CompileFile;
use crate::names::{NameMap, NameSet};
use crate::object::PhpObject;
use crate::output::Output;
use crate::value::{ArrayKey, Value};

/// The error path of a built-in or of the executor: something unwinds the PHP stack.
#[derive(Debug)]
pub enum Unwind {
    /// A thrown exception or Error object.
    Throw(Rc<PhpObject>),
    /// `exit`, or a fatal error already reported: stop the script. The status is in
    /// [`Vm::exit_status`].
    Exit,
}

/// A function in the function table.
#[derive(Clone, Copy)]
pub enum Func {
    Builtin(&'static BuiltinSpec),
    /// A built-in class's method (the call's `this` and class are in `exec::Call`).
    Native(&'static crate::class::NativeMethod),
    /// An op_array of a loaded script: (index in `Vm::scripts`, op_array index).
    User {
        script: u32,
        op_array: u32,
    },
}

/// ini settings given on the command line (`-n`, `-d key=value`).
#[derive(Clone, Debug, Default)]
pub struct IniOverrides {
    /// `-n`: PHP's built-in defaults instead of Debian's php.ini.
    pub no_ini: bool,
    pub settings: Vec<(String, String)>,
}

/// An ini setting's value before any `-d` or `ini_set`.
fn default_ini(no_ini: bool, name: &str) -> Option<&'static str> {
    let debian = if no_ini { &[][..] } else { DEBIAN_INI };
    debian
        .iter()
        .chain(BUILTIN_INI)
        .find(|(k, _)| *k == name)
        .map(|(_, v)| *v)
}

/// Debian's php.ini values where they differ from PHP's built-in defaults.
/// (php.ini's `Off` reads back as the empty string.)
const DEBIAN_INI: &[(&str, &str)] = &[
    ("display_errors", ""),
    ("log_errors", "1"),
    ("error_reporting", "22527"),
    ("zend.exception_ignore_args", "1"),
    ("zend.exception_string_param_max_len", "0"),
    ("zend.assertions", "-1"),
    ("short_open_tag", ""),
];

const BUILTIN_INI: &[(&str, &str)] = &[
    ("display_errors", "1"),
    ("log_errors", "0"),
    ("error_reporting", "32767"),
    ("zend.exception_ignore_args", "0"),
    ("zend.exception_string_param_max_len", "15"),
    ("zend.assertions", "1"),
    ("assert.exception", "1"),
    ("assert.active", "1"),
    ("assert.bail", "0"),
    ("assert.warning", "1"),
    ("assert.callback", ""),
    ("memory_limit", "-1"),
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("unserialize_max_depth", "4096"),
    ("unserialize_callback_func", ""),
    ("include_path", ".:/usr/share/php"),
    ("realpath_cache_size", "4096K"),
    ("realpath_cache_ttl", "120"),
    ("short_open_tag", "1"),
    ("html_errors", "0"),
    ("max_execution_time", "0"),
    ("default_charset", "UTF-8"),
    ("error_log", ""),
    ("output_buffering", "0"),
    ("implicit_flush", "1"),
    ("ignore_user_abort", "0"),
    ("user_agent", ""),
    ("arg_separator.input", "&"),
    ("arg_separator.output", "&"),
    ("date.timezone", "UTC"),
    ("date.default_latitude", "31.7667"),
    ("date.default_longitude", "35.2333"),
    ("date.sunrise_zenith", "90.833333"),
    ("date.sunset_zenith", "90.833333"),
    ("zend.enable_gc", "1"),
];

pub struct Vm {
    /// ini values set for this VM (`-d`, `ini_set`), over `ini_base` and the defaults
    /// of its mode ([`default_ini`]).
    pub(crate) ini: NameMap<String, String>,
    /// Settings shared by many VMs (a FastCGI pool's, built once per worker:
    /// `sapi::WebIni`), so a request does not rebuild them.
    pub(crate) ini_base: Rc<NameMap<String, String>>,
    /// `-n`: the defaults are PHP's built-in ones, not Debian's php.ini.
    pub(crate) no_ini: bool,
    /// The `-d` settings as given, for `get_cfg_var()` (which ignores `ini_set`).
    pub(crate) cfg_vars: Vec<(String, String)>,
    /// The callback `assert_options(ASSERT_CALLBACK, …)` or a run-time `ini_set` gave
    /// (any callable), over the configuration's `assert.callback`.
    pub(crate) assert_callback: Option<Value>,
    /// The frame depth of an engine call (`offsetGet` for a write) whose by-reference
    /// return must hand its reference back to the native caller.
    pub(crate) ref_return_depth: Option<usize>,
    pub(crate) error_reporting: i64,
    pub(crate) display: Display,
    pub(crate) log_errors: bool,
    pub(crate) precision: i32,
    pub(crate) serialize_precision: i32,
    /// Bytes; `None` for `-1` (the VM still caps its stack, see `exec::MAX_DEPTH`).
    pub(crate) memory_limit: Option<u64>,
    pub(crate) ignore_args: bool,

    pub(crate) out: Output,
    pub(crate) err: Box<dyn Write>,

    /// Lowercase name → function: the script's functions and extensions' built-ins,
    /// consulted before the process-wide `builtins::table()` (see `lookup_function`).
    pub(crate) functions: NameMap<Vec<u8>, Func>,
    /// The class table: lowercase name → class (see `class.rs`): the script's classes
    /// and aliases, consulted with the thread's `native_classes` (see `find_class`).
    pub(crate) classes: NameMap<Box<[u8]>, Rc<crate::class::ClassEntry>>,
    pub(crate) native_classes: Rc<crate::class::native::Registry>,
    /// `spl_autoload_register`'s loaders, in call order.
    pub(crate) autoloaders: Vec<Value>,
    /// Lowercase names being autoloaded (no recursion on the same name).
    pub(crate) autoloading: Vec<Vec<u8>>,
    /// Variance checks of a class linked while it is autoloaded, put off until the
    /// classes they need are loaded (Zend's delayed variance obligations).
    pub(crate) variance_delay: crate::class::VarianceDelay,
    /// Magic property methods running: (object id, kind, property), Zend's guards.
    pub(crate) prop_guards: Vec<(u32, u8, Box<str>)>,
    /// Constants the request defined, by exact name (`true`/`false`/`null` are
    /// resolved case-insensitively); the predefined ones are in `predefined`. In
    /// definition order, as `get_defined_constants()` lists them.
    pub(crate) constants: crate::names::NameIndexMap<Vec<u8>, Value>,
    pub(crate) predefined: Rc<crate::constants::ConstTable>,
    pub(crate) scripts: crate::include::Scripts,
    /// Real paths of files already included (for `_once`).
    pub(crate) included: NameSet<PathBuf>,
    pub(crate) compile_file: CompileFile,

    pub(crate) stack: crate::exec::VmStack,
    pub(crate) frames: Vec<Frame>,
    pub(crate) calls: Vec<Call>,
    /// Global variables that have no slot in the main op_array (`$GLOBALS` overflow).
    pub(crate) global_syms: PhpArray,
    /// The globals that existed when the main script started, in order: they come
    /// first in `$GLOBALS`, before the main script's variables (as PHP's symbol table).
    pub(crate) globals_at_start: Vec<ArrayKey>,
    /// Line of the op being executed (for messages).
    pub(crate) line: u32,
    /// foreach positions: (absolute slot of the iterator VAR, position).
    pub(crate) fe_positions: Vec<(usize, usize)>,
    /// The exception being caught (between the throw and its CATCH op).
    pub(crate) exception: Option<Rc<PhpObject>>,
    /// `static` variables: (script, op_array, name) → reference.
    /// The last FETCH_DIM_W or FETCH_W followed by ASSIGN_REF: (its VAR slot, where the
    /// fetched variable lives), for `$a[k] = &$x` and `$GLOBALS['k'] = &$x`.
    pub(crate) last_fetch_w: Option<(usize, crate::exec::handlers::FetchedForWrite)>,
    /// Resolved INIT_FCALL targets: [script][absolute literal].
    pub(crate) fn_cache: Vec<Vec<Option<Func>>>,
    /// INIT_METHOD_CALL sites' resolved methods, per script and method-name literal.
    pub(crate) method_cache: crate::exec::SiteCache<Rc<crate::class::Method>>,
    /// The same for static method calls (`A::m()`, `self::m()`), kept apart as a
    /// static call's resolution also depends on `$this` when the class lacks the method.
    pub(crate) static_method_cache: crate::exec::SiteCache<Rc<crate::class::Method>>,
    /// FETCH_OBJ_R / ASSIGN_OBJ sites' declared properties, per script and name literal.
    pub(crate) prop_cache: crate::exec::SiteCache<Rc<crate::class::PropInfo>>,
    /// Classes named by literals (NEW, static calls…), per script and literal.
    pub(crate) class_cache: crate::exec::LitCache<Rc<crate::class::ClassEntry>>,
    /// A reusable argument vector for built-in calls.
    pub(crate) arg_pool: Vec<Value>,
    pub(crate) statics: NameMap<(u32, u32, Vec<u8>), crate::value::PhpRef>,
    /// An exception thrown where it could not be returned (an error handler): the
    /// dispatch loop raises it after the current op. Whoever sets it also calls
    /// `object::request_safe_point()`, the one flag the loop checks per op.
    pub(crate) pending: Option<Rc<PhpObject>>,
    /// Generators whose frames are running, innermost last.
    pub(crate) running_generators: Vec<Rc<PhpObject>>,
    pub(crate) error_handlers: Vec<(Value, i64)>,
    /// Built-ins running that may call back into PHP code (for traces).
    pub(crate) native_calls: Vec<crate::throwable::NativeCall>,
    /// The built-in running while a user error handler is set: a warning it gives runs
    /// the handler, whose traces show it (`#1 f.php(3): file_get_contents()`).
    pub(crate) warning_builtin: Option<crate::throwable::NativeCall>,
    /// The frame whose code called the running built-in, whose `strict_types` its
    /// arguments follow; `None` when another built-in called it (weak typing).
    pub(crate) builtin_caller: Option<usize>,
    /// `set_exception_handler`'s stack (null entries: none).
    pub(crate) exception_handlers: Vec<Value>,
    /// Named arguments a variadic built-in collected (`call_user_func(f: …)`).
    pub(crate) named_extra: Vec<(Rc<Vec<u8>>, Value)>,
    /// The error handler in force (Zend's `EG(user_error_handler)`); `error_handlers`
    /// holds the ones it replaced. None while a handler runs (unless it sets one).
    pub(crate) error_handler: Option<(Value, i64)>,
    pub(crate) shutdown_functions: Vec<(Value, Vec<Value>)>,
    /// `register_tick_function`'s list, run by `declare(ticks=N)`.
    pub(crate) ticks: crate::builtins::ticks::Ticks,
    pub(crate) exit_status: i32,
    pub(crate) last_error: Option<(i64, String, String, u32)>,
    pub(crate) start_time: std::time::Instant,
    pub(crate) peak_memory: usize,
    /// Headers, the web request and response (`sapi.rs`).
    pub(crate) sapi: crate::sapi::SapiState,
    /// The last resource id given out (`resource.rs`).
    pub(crate) next_resource_id: i64,
    /// The zone set by `date_default_timezone_set()` (`builtins/date`).
    pub(crate) date_timezone: Option<String>,
    /// User stream wrappers and switched-off built-in ones (`builtins/userstream.rs`).
    pub(crate) stream_wrappers: crate::builtins::userstream::Wrappers,
}

impl Vm {
    /// A VM writing script output to `out` and logged errors to `err`.
    /// The built-in functions, constants and classes are shared tables (built once),
    /// so this costs a few allocations.
    pub fn new(ini: &IniOverrides, out: Box<dyn Write>, err: Box<dyn Write>) -> Vm {
        let mut vm = Vm {
            ini: NameMap::default(),
            no_ini: ini.no_ini,
            cfg_vars: ini.settings.clone(),
            assert_callback: None,
            ref_return_depth: None,
            error_reporting: errors::E_ALL,
            display: Display::Stdout,
            ini_base: Rc::default(),
            log_errors: false,
            precision: 14,
            serialize_precision: -1,
            memory_limit: None,
            ignore_args: false,
            out: Output::new(out),
            err,
            functions: NameMap::default(),
            constants: Default::default(),
            predefined: crate::constants::predefined(),
            classes: NameMap::default(),
            native_classes: crate::class::native::registry(),
            autoloaders: Vec::new(),
            autoloading: Vec::new(),
            variance_delay: Default::default(),
            prop_guards: Vec::new(),
            scripts: Default::default(),
            included: NameSet::default(),
            compile_file: crate::include::default_compile_file(),
            stack: crate::exec::VmStack::with_capacity(1024),
            frames: Vec::with_capacity(64),
            calls: Vec::with_capacity(16),
            global_syms: PhpArray::new(),
            globals_at_start: Vec::new(),
            line: 0,
            fe_positions: Vec::new(),
            exception: None,
            statics: NameMap::default(),
            last_fetch_w: None,
            fn_cache: Vec::new(),
            method_cache: Vec::new(),
            static_method_cache: Vec::new(),
            prop_cache: Vec::new(),
            class_cache: Vec::new(),
            arg_pool: Vec::new(),
            pending: None,
            running_generators: Vec::new(),
            error_handlers: Vec::new(),
            exception_handlers: Vec::new(),
            native_calls: Vec::new(),
            warning_builtin: None,
            builtin_caller: None,
            named_extra: Vec::new(),
            error_handler: None,
            shutdown_functions: Vec::new(),
            ticks: Default::default(),
            exit_status: 0,
            last_error: None,
            start_time: std::time::Instant::now(),
            peak_memory: 0,
            sapi: Default::default(),
            next_resource_id: 0,
            date_timezone: None,
            stream_wrappers: Default::default(),
        };
        let debian = if ini.no_ini { &[][..] } else { DEBIAN_INI };
        for (k, v) in BUILTIN_INI.iter().chain(debian) {
            vm.apply_ini(k, v);
        }
        for (k, v) in &ini.settings {
            vm.set_ini(k, v.clone());
        }
        crate::object::set_destructors_enabled(true);
        vm
    }

    // ---- output -------------------------------------------------------------

    /// Write script output (through the output buffers).
    pub fn echo(&mut self, bytes: &[u8]) {
        self.out.write(bytes);
        if self.out.needs_attention() {
            self.output_event_later();
        }
    }

    /// Flush buffered output to the sink (end of request, `flush()`).
    pub fn flush(&mut self) {
        self.out.flush();
    }

    // ---- ini ----------------------------------------------------------------

    /// The configuration's entries as `get_cfg_var()` sees them: php.ini's (unless
    /// `-n`), then the `-d` settings, later ones overriding.
    pub(crate) fn cfg_entries(&self) -> impl Iterator<Item = (&str, &str)> {
        let debian = if self.no_ini { &[][..] } else { DEBIAN_INI };
        debian
            .iter()
            .copied()
            .chain(self.cfg_vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    pub fn ini_get(&self, name: &str) -> Option<&str> {
        match self.ini.get(name).or_else(|| self.ini_base.get(name)) {
            Some(v) => Some(v),
            None => default_ini(self.no_ini, name),
        }
    }

    /// Set an ini value, returning the old one; keeps the cached fields in sync.
    pub fn set_ini(&mut self, name: &str, value: String) -> Option<String> {
        self.apply_ini(name, &value);
        match self.ini.insert(name.to_string(), value) {
            Some(old) => Some(old),
            None => self
                .ini_base
                .get(name)
                .cloned()
                .or_else(|| default_ini(self.no_ini, name).map(str::to_string)),
        }
    }

    /// Update the fields caching an ini value.
    pub(crate) fn apply_ini(&mut self, name: &str, value: &str) {
        match name {
            "error_reporting" => self.error_reporting = parse_ini_int(value),
            "display_errors" => self.display = Display::parse(value),
            "log_errors" => self.log_errors = parse_ini_bool(value),
            "precision" => self.precision = parse_ini_int(value) as i32,
            "serialize_precision" => self.serialize_precision = parse_ini_int(value) as i32,
            "memory_limit" => self.memory_limit = parse_memory_limit(value),
            "zend.exception_ignore_args" => self.ignore_args = parse_ini_bool(value),
            _ => {}
        }
    }

    pub fn precision(&self) -> i32 {
        self.precision
    }

    pub fn serialize_precision(&self) -> i32 {
        self.serialize_precision
    }

    pub fn error_reporting(&self) -> i64 {
        self.error_reporting
    }

    // ---- errors -------------------------------------------------------------

    pub fn warning(&mut self, msg: &str) {
        self.report(errors::E_WARNING, msg);
    }

    pub fn notice(&mut self, msg: &str) {
        self.report(errors::E_NOTICE, msg);
    }

    pub fn deprecated(&mut self, msg: &str) {
        self.report(errors::E_DEPRECATED, msg);
    }

    /// Report a non-fatal error at the current file and line: the user error handler
    /// first (if one is set for this level), else display and/or log as configured.
    pub fn report(&mut self, level: i64, msg: &str) -> bool {
        let (file, line) = self.location();
        self.report_at(level, msg, &file, line)
    }

    /// As [`Vm::report`] at a given place; true when the user's error handler took the
    /// error (it returned anything but false, or threw).
    pub(crate) fn report_at(&mut self, level: i64, msg: &str, file: &str, line: u32) -> bool {
        let msg = errors::cut_anonymous_names(msg);
        let msg: &str = &msg;
        if let Some((handler, mask)) = self.error_handler.clone() {
            if mask & level != 0 && !handler.is_null() {
                let args = vec![
                    Value::Long(level),
                    Value::from(msg),
                    Value::from(file),
                    Value::Long(line as i64),
                ];
                // A built-in giving the warning appears in the handler's traces.
                let depth = self.frames.len();
                let builtin = self.warning_builtin.take_if(|b| {
                    b.depth == depth && !self.native_calls.iter().any(|n| n.depth == depth)
                });
                let pushed = builtin.is_some();
                if let Some(b) = builtin {
                    self.native_calls.push(b);
                }
                // While it runs, errors go to the standard handler, or to a handler it
                // sets (as Zend unsets EG(user_error_handler) meanwhile).
                let orig = self.error_handler.take();
                let r = self.call_value(&handler, args);
                if pushed {
                    self.warning_builtin = self.native_calls.pop();
                }
                if self.error_handler.is_none() {
                    self.error_handler = orig;
                }
                match r {
                    Ok(Value::False) => {}
                    Ok(_) | Err(Unwind::Exit) => return true,
                    Err(Unwind::Throw(e)) => {
                        self.pending = Some(e);
                        crate::object::request_safe_point();
                        return true;
                    }
                }
            }
        }
        // error_get_last() sees what the standard handler got, shown or not.
        self.last_error = Some((level, msg.to_string(), file.to_string(), line));
        if self.error_reporting & level != 0 {
            self.write_error(level, msg, file, line);
        }
        false
    }

    /// Display and/or log one message in PHP's format.
    pub(crate) fn write_error(&mut self, level: i64, msg: &str, file: &str, line: u32) {
        self.sapi_error(level);
        let label = errors::level_label(level);
        if self.log_errors {
            let text = format!("PHP {label}:  {msg} in {file} on line {line}\n");
            self.out.flush();
            self.write_log(&text);
        }
        match self.display {
            Display::Off => {}
            Display::Stdout => {
                let text = self.displayed_error(label, msg, file, line);
                self.echo(text.as_bytes());
            }
            Display::Stderr => {
                let text = format!("{label}: {msg} in {file} on line {line}\n");
                self.out.flush();
                let _ = self.err.write_all(text.as_bytes());
            }
        }
    }

    /// A fatal error: reported (ignoring handlers), then the script stops with status 255.
    pub fn fatal(&mut self, msg: &str) -> Unwind {
        let (file, line) = self.location();
        self.write_error(errors::E_ERROR, msg, &file, line);
        self.exit_status = 255;
        Unwind::Exit
    }

    /// Create an Error/Exception object of a built-in class, to be thrown:
    /// `return Err(vm.throw_error("TypeError", msg))`.
    pub fn throw_error(&mut self, class: &str, msg: String) -> Unwind {
        Unwind::Throw(self.new_throwable(class, msg))
    }

    /// A throwable object with message, code, file, line and trace filled in.
    pub fn new_throwable(&mut self, class: &str, msg: String) -> Rc<PhpObject> {
        // No PHP code running (an output handler at shutdown): Zend's placeholder.
        let (file, line) = match self.frames.is_empty() {
            true => ("[no active file]".to_string(), 0),
            false => self.location(),
        };
        let entry = self
            .find_class(class.as_bytes())
            .filter(|c| c.instance_of_name(b"throwable") && !c.is_interface())
            .unwrap_or_else(|| crate::class::native_class("error").expect("Error is built in"));
        let obj = PhpObject::new(&entry);
        obj.set_prop(
            "message",
            Value::from(errors::cut_anonymous_names(&msg).as_ref()),
        );
        obj.set_prop("file", Value::from(file));
        obj.set_prop("line", Value::Long(line as i64));
        obj.set_prop("trace", Value::from(self.exception_trace()));
        obj
    }

    /// Current script file and line.
    pub fn location(&self) -> (String, u32) {
        (self.current_file(), self.line)
    }

    pub fn current_file(&self) -> String {
        self.frames
            .last()
            .map(|f| self.scripts[f.script as usize].path.to_string())
            .unwrap_or_default()
    }

    pub fn exit_status(&self) -> i32 {
        self.exit_status
    }

    pub fn set_exit_status(&mut self, status: i32) {
        self.exit_status = status;
    }

    // ---- constants ----------------------------------------------------------

    pub fn define_constant(&mut self, name: &str, v: Value) -> bool {
        if self.constant_defined(name.as_bytes()) {
            return false;
        }
        self.constants.insert(name.as_bytes().to_vec(), v);
        true
    }

    /// A constant of this exact name exists (predefined or defined by the request).
    pub(crate) fn constant_defined(&self, name: &[u8]) -> bool {
        self.constants.contains_key(name) || self.predefined.contains_key(name)
    }

    pub fn constant(&self, name: &[u8]) -> Option<Value> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        if let Some(v) = self
            .constants
            .get(name)
            .or_else(|| self.predefined.get(name))
        {
            return Some(v.clone());
        }
        match name.to_ascii_lowercase().as_slice() {
            b"true" => Some(Value::True),
            b"false" => Some(Value::False),
            b"null" => Some(Value::Null),
            _ => None,
        }
    }

    pub fn function_exists(&self, name: &[u8]) -> bool {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        self.lookup_function(name).is_some()
    }

    pub fn argv_array(args: &[String]) -> Value {
        Value::from(PhpArray::from_list(
            args.iter().map(|a| Value::from(a.as_str())).collect(),
        ))
    }

    /// Set a global variable by name (`$argv`, superglobals from the SAPI).
    pub fn set_global(&mut self, name: &str, v: Value) {
        if let Some(slot) = self.global_slot(name.as_bytes()) {
            self.stack[slot] = v;
        } else {
            self.global_syms
                .insert(ArrayKey::from_bytes(name.as_bytes()), v);
        }
    }

    /// Approximate memory in use (values on the VM stack and frames).
    pub fn memory_usage(&self) -> usize {
        let base = 2 * 1024 * 1024;
        base + self.stack.len() * std::mem::size_of::<Value>()
            + self.frames.len() * std::mem::size_of::<Frame>()
    }
}

pub(crate) fn parse_ini_bool(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "on" | "yes" | "true"
    ) || v.trim().parse::<i64>().is_ok_and(|n| n != 0)
}

fn parse_ini_int(v: &str) -> i64 {
    Value::from(v.trim()).to_long()
}

/// `128M`, `1G`, `-1`.
pub(crate) fn parse_memory_limit(v: &str) -> Option<u64> {
    let v = v.trim();
    let (num, mult) = match v.chars().last().map(|c| c.to_ascii_lowercase()) {
        Some('k') => (&v[..v.len() - 1], 1024),
        Some('m') => (&v[..v.len() - 1], 1024 * 1024),
        Some('g') => (&v[..v.len() - 1], 1024 * 1024 * 1024),
        _ => (v, 1),
    };
    let n: i64 = num.trim().parse().unwrap_or(-1);
    if n < 0 {
        None
    } else {
        Some(n as u64 * mult)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Default)]
    struct Buf(Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// `php -n -r code` in a fresh VM: (output, status).
    fn run(code: &str) -> (String, i32) {
        let out = Buf::default();
        let ini = IniOverrides {
            no_ini: true,
            settings: Vec::new(),
        };
        let status = crate::run::run_code(
            code,
            Vec::new(),
            ini,
            Box::new(out.clone()),
            Box::new(std::io::sink()),
        );
        let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
        (text, status)
    }

    // Expectations from `php -n -r`.
    #[test]
    fn requests_share_no_state() {
        let first = r#"define("X",1); function f(){} class C{} ini_set("precision","5"); echo X, ini_get("precision"), "\n";"#;
        assert_eq!(run(first), ("15\n".to_string(), 0));
        let second = r#"var_dump(defined("X"), function_exists("f"), class_exists("C"), ini_get("precision"), class_exists("exception"), strlen("ab"), PHP_INT_SIZE);"#;
        let expected =
            "bool(false)\nbool(false)\nbool(false)\nstring(2) \"14\"\nbool(true)\nint(2)\nint(8)\n";
        assert_eq!(run(second), (expected.to_string(), 0));
    }

    #[test]
    fn builtin_functions_cannot_be_redeclared() {
        let expected = "\nFatal error: Cannot redeclare strlen() in Command line code on line 1\n";
        assert_eq!(run("function strlen(){}"), (expected.to_string(), 255));
    }

    #[test]
    fn ini_defaults_per_mode() {
        let sink = || Box::new(std::io::sink());
        let mut debian = Vm::new(&IniOverrides::default(), sink(), sink());
        assert_eq!(debian.ini_get("display_errors"), Some(""));
        assert_eq!(
            debian.ini_get("zend.exception_string_param_max_len"),
            Some("0")
        );
        assert_eq!(debian.ini_get("precision"), Some("14"));
        assert_eq!(debian.ini_get("no_such_setting"), None);
        assert_eq!(
            debian.set_ini("precision", "5".into()).as_deref(),
            Some("14")
        );
        assert_eq!(
            (debian.ini_get("precision"), debian.precision()),
            (Some("5"), 5)
        );
        let no_ini = IniOverrides {
            no_ini: true,
            settings: vec![("log_errors".into(), "1".into())],
        };
        let builtin = Vm::new(&no_ini, sink(), sink());
        assert_eq!(builtin.ini_get("display_errors"), Some("1"));
        assert_eq!(builtin.ini_get("log_errors"), Some("1"));
        assert_eq!(builtin.error_reporting(), 32767);
        assert!(builtin.log_errors);
    }

    #[test]
    fn ini_parsing() {
        assert_eq!(parse_memory_limit("128M"), Some(128 * 1024 * 1024));
        assert_eq!(parse_memory_limit("-1"), None);
        assert!(parse_ini_bool("On"));
        assert!(!parse_ini_bool("0"));
        assert_eq!(parse_ini_int("22527"), 22527);
    }
}
