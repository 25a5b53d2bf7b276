//! Loading scripts: the swappable `compile_file` hook (DESIGN.md decision 1), include
//! path resolution, and the per-script materialised literals.

use std::cell::{OnceCell, RefCell};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use miniphp_compiler::{
    CompileOptions, CompileWarning, FunctionInfo, Literal, OpArray, Script, ScriptView, Val,
};
use miniphp_parser::ast::File;
use miniphp_parser::{ParseErrorKind, ParseOptions};

use crate::array::PhpArray;
use crate::class::link::{Dependency, Linked};
use crate::class::ClassEntry;
use crate::exec::prepared::Unit;
use crate::names::NameMap;
use crate::realpath::is_file;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

/// A compiled script the VM can execute, wherever its bytes live (heap, shared
/// memory, a mapped file).
///
/// Contract: `view` borrows data that neither moves nor changes while the object
/// lives (the VM keeps one view per script, see [`PinnedView`]).
pub trait LoadedScript {
    fn view(&self) -> ScriptView<'_>;

    /// The key of these bytes when later requests of this process may load them again
    /// (see [`ScriptKey`]); None: what the VM derives from the script is made anew.
    fn key(&self) -> Option<ScriptKey> {
        None
    }
}

/// Names a script's bytes for the life of the process: scripts with equal keys are
/// identical, so what the VM derives from one (literal values, frame shapes, prepared
/// instructions) serves the other. The opcache keys its shared-memory scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScriptKey {
    /// The store holding the script, as a number unique in the process.
    pub store: u64,
    /// The store's life: a restart rewrites its bytes and starts another one.
    pub epoch: u64,
    /// Where the script starts in the store.
    pub offset: u64,
}

impl LoadedScript for Script {
    fn view(&self) -> ScriptView<'_> {
        Script::view(self)
    }
}

/// Why a file could not be compiled.
#[derive(Debug)]
pub enum CompileFailure {
    /// The file could not be read (include warns, require is fatal).
    Open(std::io::Error),
    /// A parse or compile error, already in PHP's words: `label` is `Parse error` or
    /// `Fatal error`, `message` e.g. `syntax error, unexpected end of file`.
    Error {
        label: &'static str,
        message: String,
        line: u32,
        /// The Throwable eval and include raise for it (`ParseError`, `CompileError`);
        /// None: a fatal error even there.
        thrown: Option<&'static str>,
    },
}

/// A parser error as a [`CompileFailure`].
pub fn parse_failure(e: miniphp_parser::ParseError) -> CompileFailure {
    let (label, thrown) = match e.kind {
        ParseErrorKind::Parse => ("Parse error", Some("ParseError")),
        ParseErrorKind::Fatal => ("Fatal error", None),
        ParseErrorKind::CompileError => ("Fatal error", Some("CompileError")),
    };
    CompileFailure::Error {
        label,
        message: e.message,
        line: e.line,
        thrown,
    }
}

/// The hook: compile the file at `path` (as resolved by the VM). The opcache keeps
/// the previous hook ([`Vm::set_compile_file`] returns it) and calls it on a miss.
pub type CompileFile = Rc<dyn Fn(&mut Vm, &Path) -> Result<Rc<dyn LoadedScript>, CompileFailure>>;

/// What the compiler may know of the built-ins (Zend knows its internal functions and
/// persistent constants at compile time): the registry and the predefined constants.
struct Builtins {
    constants: Vm,
}

impl FunctionInfo for Builtins {
    fn is_internal(&self, lc_name: &str) -> bool {
        crate::builtins::table().contains_key(lc_name.as_bytes())
    }

    fn internal_arg_by_ref(&self, lc_name: &str, arg: u32) -> bool {
        crate::builtins::table()
            .get(lc_name.as_bytes())
            .is_some_and(|s| arg >= 1 && s.arg_by_ref(arg as usize - 1))
    }

    fn internal_arg_prefers_ref(&self, lc_name: &str, arg: u32) -> bool {
        crate::builtins::table()
            .get(lc_name.as_bytes())
            .is_some_and(|s| s.prefers_ref() && arg >= 1 && s.arg_by_ref(arg as usize - 1))
    }

    fn persistent_constant(&self, name: &str) -> Option<Val> {
        match self.constants.constants.get(name.as_bytes())? {
            Value::Null => Some(Val::Null),
            Value::False => Some(Val::Bool(false)),
            Value::True => Some(Val::Bool(true)),
            Value::Long(n) => Some(Val::Long(*n)),
            Value::Double(d) => Some(Val::Double(*d)),
            Value::String(s) => Some(Val::Str(s.to_vec())),
            _ => None,
        }
    }
}

thread_local! {
    static BUILTINS: Builtins = Builtins {
        constants: Vm::new(
            &crate::vm::IniOverrides::default(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        ),
    };
}

/// Compile PHP source text with the lexer, parser and compiler (compile-time warnings
/// are dropped; see [`compile_source_in`]).
pub fn compile_source(src: &[u8], filename: &str) -> Result<Script, CompileFailure> {
    compile_source_collecting(src, filename, ParseOptions::default(), &mut Vec::new())
}

/// Compile PHP source text, reporting through `vm` the warnings PHP issues while
/// compiling. They are reported now, once: a script the opcache serves again does not
/// repeat them (PHP's default `opcache.record_warnings=0`).
pub fn compile_source_in(
    vm: &mut Vm,
    src: &[u8],
    filename: &str,
) -> Result<Script, CompileFailure> {
    let mut warnings = Vec::new();
    let short_open_tag = vm
        .ini_get("short_open_tag")
        .is_some_and(crate::vm::parse_ini_bool);
    let opts = ParseOptions { short_open_tag };
    let r = compile_source_collecting(src, filename, opts, &mut warnings);
    vm.report_compile_warnings(warnings, filename);
    r
}

fn compile_source_collecting(
    src: &[u8],
    filename: &str,
    opts: ParseOptions,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Script, CompileFailure> {
    let ast = miniphp_parser::parse(src, opts).map_err(parse_failure)?;
    compile_ast_with_warnings(&ast, filename, warnings)
}

/// Compile a parsed file, telling the compiler which functions and constants are built in.
pub fn compile_ast(ast: &File, filename: &str) -> Result<Script, CompileFailure> {
    compile_ast_with_warnings(ast, filename, &mut Vec::new())
}

/// As [`compile_ast`], adding the compile-time warnings to `warnings`.
pub fn compile_ast_with_warnings(
    ast: &File,
    filename: &str,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Script, CompileFailure> {
    BUILTINS.with(|b| {
        let opts = CompileOptions {
            functions: Some(b as &dyn FunctionInfo),
        };
        miniphp_compiler::compile_with_warnings(ast, filename, opts, warnings).map_err(|e| {
            CompileFailure::Error {
                label: "Fatal error",
                message: e.message,
                line: e.line,
                thrown: None,
            }
        })
    })
}

/// The default hook: read the file, run the pipeline.
pub fn default_compile_file() -> CompileFile {
    Rc::new(|vm: &mut Vm, path: &Path| {
        let src = std::fs::read(path).map_err(CompileFailure::Open)?;
        let script = compile_source_in(vm, &src, &path.to_string_lossy())?;
        Ok(Rc::new(script) as Rc<dyn LoadedScript>)
    })
}

/// A script loaded into the VM: the compiled unit, its literals as values (made once,
/// then shared by `Rc` clones on every use), and its path.
///
/// One `Rc`: the executor clones a script's `Loaded` on every call into another
/// script and every return from it (20,000 times in a framework-like request), and
/// cloning each part cost six counts up and six down (1.7% of its instructions).
#[derive(Clone)]
pub struct Loaded(Rc<LoadedParts>);

/// What a [`Loaded`] holds (its fields are read through `Deref`).
pub struct LoadedParts {
    /// The script and its view, made once (see [`Loaded::view`]).
    pinned: PinnedView,
    pub literals: Rc<[Value]>,
    pub path: Rc<str>,
    /// Per op_array: what a call needs to size its frame, without a view.
    pub shapes: Rc<[FrameShape]>,
    /// The auto globals created when code names them (`$_REQUEST`, `$_ENV`) that this
    /// script names: a literal of that name stands for the use.
    pub auto_globals: &'static [&'static str],
    /// Its classes as an earlier request linked them (keyed scripts only).
    pub(crate) linked: LinkCache,
}

/// Per class declaration of a script, its kept linked form (see [`Linked`]); empty
/// for scripts whose derived parts are not kept (nothing outlives the request).
pub(crate) type LinkCache = Rc<[RefCell<Option<Linked>>]>;

/// The slot counts of an op_array.
#[derive(Clone, Copy, Debug)]
pub struct FrameShape {
    /// CV slots + TMP/VAR slots.
    pub slots: u32,
    /// Declared parameters (not counting a variadic one).
    pub num_args: u32,
    /// Bit n: parameter n (0-based) is by reference, for n < [`BY_REF_BITS`] (a
    /// by-reference variadic parameter sets its bit and all above).
    pub by_ref: u64,
}

/// Parameters whose by-reference flag [`FrameShape::by_ref`] holds.
pub const BY_REF_BITS: usize = 64;

impl FrameShape {
    fn of(view: &ScriptView<'_>, oa: &OpArray) -> FrameShape {
        let mut by_ref = 0u64;
        for (n, ai) in view.arg_infos[oa.arg_infos.indices()].iter().enumerate() {
            if ai.by_ref && n < BY_REF_BITS {
                by_ref |= if ai.variadic { !0 << n } else { 1 << n };
            }
        }
        FrameShape {
            slots: oa.vars.len + oa.num_temps,
            num_args: oa.num_args,
            by_ref,
        }
    }
}

/// Per op_array, what the executor runs ([`Unit`]), made when it first runs.
type Prepared = Rc<[OnceCell<Unit>]>;

/// A script's view kept beside the script it borrows from: building a view copies
/// two dozen slices, and the executor needs one on every call into another script
/// and every return from it (5% of a framework-like request's instructions).
struct PinnedView {
    // Declared before `script`: fields drop in order, and a view has no drop anyway.
    view: ScriptView<'static>,
    script: Rc<dyn LoadedScript>,
    units: Prepared,
}

impl PinnedView {
    fn new(script: Rc<dyn LoadedScript>, units: Prepared) -> PinnedView {
        let view = script.view();
        // SAFETY: the view borrows data owned by `script`, which this struct keeps
        // alive; that data neither moves (it is behind the Rc) nor changes
        // (`LoadedScript`'s contract); `Loaded::view` hands the view out only for
        // the lifetime of a borrow of the `Loaded`, never as 'static.
        let view = unsafe { std::mem::transmute::<ScriptView<'_>, ScriptView<'static>>(view) };
        PinnedView {
            view,
            script,
            units,
        }
    }
}

/// What the VM derives from a script's bytes alone, whichever request loads them.
#[derive(Clone)]
struct Derived {
    literals: Rc<[Value]>,
    path: Rc<str>,
    shapes: Rc<[FrameShape]>,
    units: Prepared,
    auto_globals: &'static [&'static str],
    linked: LinkCache,
}

/// The auto globals PHP creates when compiled code names them (auto_globals_jit).
const JIT_AUTO_GLOBALS: [&str; 2] = ["_REQUEST", "_ENV"];

impl Derived {
    /// `keyed`: later requests load these bytes again, so classes linked now are kept.
    fn of(view: &ScriptView<'_>, keyed: bool) -> Derived {
        let literals: Rc<[Value]> = (0..view.literals.len())
            .map(|i| literal_value(view, i))
            .collect();
        let named = |name: &str| {
            literals
                .iter()
                .any(|l| matches!(l, Value::String(s) if s.as_slice() == name.as_bytes()))
        };
        let auto_globals: &'static [&'static str] = match (named("_REQUEST"), named("_ENV")) {
            (true, true) => &JIT_AUTO_GLOBALS,
            (true, false) => &JIT_AUTO_GLOBALS[..1],
            (false, true) => &JIT_AUTO_GLOBALS[1..],
            (false, false) => &[],
        };
        Derived {
            auto_globals,
            literals,
            path: Rc::from(String::from_utf8_lossy(view.filename()).as_ref()),
            shapes: view
                .op_arrays
                .iter()
                .map(|oa| FrameShape::of(view, oa))
                .collect(),
            units: view.op_arrays.iter().map(|_| OnceCell::new()).collect(),
            linked: match keyed {
                true => view.classes.iter().map(|_| RefCell::new(None)).collect(),
                false => Rc::new([]),
            },
        }
    }
}

thread_local! {
    /// The derived parts of keyed scripts, kept for the process's later requests (an
    /// fpm worker runs PHP on one thread), as php-fpm's opcache keeps a script's
    /// literals and handlers in shared memory rather than per request.
    static DERIVED: RefCell<NameMap<ScriptKey, Derived>> = RefCell::default();
}

/// The derived parts of `view`, shared with earlier loads of the same key.
fn derived(view: &ScriptView<'_>, key: Option<ScriptKey>) -> Derived {
    let Some(key) = key else {
        return Derived::of(view, false);
    };
    DERIVED.with_borrow_mut(|kept| {
        if let Some(d) = kept.get(&key) {
            return d.clone();
        }
        // A store's restart rewrote every script of its older lives.
        kept.retain(|k, _| k.store != key.store || k.epoch == key.epoch);
        let d = Derived::of(view, true);
        kept.insert(key, d.clone());
        d
    })
}

impl std::ops::Deref for Loaded {
    type Target = LoadedParts;

    #[inline(always)]
    fn deref(&self) -> &LoadedParts {
        &self.0
    }
}

impl LoadedParts {
    /// The script's view, without building one.
    #[inline]
    pub fn view(&self) -> &ScriptView<'_> {
        let _ = &self.pinned.script;
        &self.pinned.view
    }

    /// `op_array` as the executor runs it (its prepared instructions), made on first use.
    #[inline]
    pub(crate) fn unit(&self, op_array: u32) -> &Unit {
        let pinned = &self.pinned;
        pinned.units[op_array as usize]
            .get_or_init(|| Unit::new(&pinned.view, &pinned.view.op_arrays[op_array as usize]))
    }
}

/// The scripts a VM has loaded, by index (`Frame::script`, `Func::User`). Append-only:
/// no entry is ever removed or replaced while the VM lives, so what a script's `Loaded`
/// points to stays where it is until the VM goes; the executor runs a script's code
/// without holding a count on it ([`Scripts::parts`]).
#[derive(Default)]
pub(crate) struct Scripts(Vec<Loaded>);

impl Scripts {
    pub(crate) fn push(&mut self, loaded: Loaded) {
        self.0.push(loaded);
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn get(&self, i: usize) -> Option<&Loaded> {
        self.0.get(i)
    }

    pub(crate) fn first(&self) -> Option<&Loaded> {
        self.0.first()
    }

    /// Script `i`'s parts, borrowed for a lifetime the caller chooses (the entry
    /// itself may move when the table grows: its parts do not).
    ///
    /// # Safety
    /// The reference must not be used after the VM owning this table is dropped.
    /// (Nothing else can end the parts' life: entries are never removed or replaced.)
    #[inline(always)]
    pub(crate) unsafe fn parts<'a>(&self, i: usize) -> &'a LoadedParts {
        let parts: *const LoadedParts = &*self.0[i].0;
        // SAFETY: the parts live behind an `Rc` this table holds for the VM's life
        // (append-only), so they neither move nor go before the VM does; the caller
        // keeps the reference within that life (the function's contract).
        unsafe { &*parts }
    }
}

impl std::ops::Index<usize> for Scripts {
    type Output = Loaded;

    #[inline(always)]
    fn index(&self, i: usize) -> &Loaded {
        &self.0[i]
    }
}

impl<'a> IntoIterator for &'a Scripts {
    type Item = &'a Loaded;
    type IntoIter = std::slice::Iter<'a, Loaded>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Loaded {
    pub fn new(script: Rc<dyn LoadedScript>) -> Loaded {
        let d = derived(&script.view(), script.key());
        Loaded(Rc::new(LoadedParts {
            pinned: PinnedView::new(script, d.units),
            literals: d.literals,
            path: d.path,
            shapes: d.shapes,
            auto_globals: d.auto_globals,
            linked: d.linked,
        }))
    }

    /// Class `idx` as an earlier request linked it, reset, if it was linked at the
    /// same script index against the same `deps` (parent, interfaces, traits) and
    /// `loaded` finds the classes its checks resolved (see [`Linked::reuse`]).
    pub(crate) fn reuse_class<'a>(
        &self,
        idx: u32,
        script: u32,
        deps: impl Iterator<Item = &'a Rc<ClassEntry>>,
        loaded: impl Fn(&[u8]) -> Option<Rc<ClassEntry>>,
    ) -> Option<Rc<ClassEntry>> {
        let slot = self.linked.get(idx as usize)?.borrow();
        slot.as_ref()?.reuse(script, deps, loaded)
    }

    /// Keep class `idx` as just linked, for later requests.
    pub(crate) fn keep_class(
        &self,
        idx: u32,
        script: u32,
        class: &Rc<ClassEntry>,
        deps: impl Iterator<Item = Rc<ClassEntry>>,
        seen: Vec<Dependency>,
    ) {
        if let Some(slot) = self.linked.get(idx as usize) {
            *slot.borrow_mut() = Linked::keep(class, script, deps.collect(), seen);
        }
    }

    /// The end of a request: kept classes let go of their static properties' values.
    pub(crate) fn release_classes(&self) {
        for slot in self.linked.iter() {
            if let Some(l) = &*slot.borrow() {
                l.release_statics();
            }
        }
    }
}

/// The value of literal `i` (absolute index), constant arrays included.
fn literal_value(view: &ScriptView<'_>, i: usize) -> Value {
    match view.literals[i] {
        Literal::Null => Value::Null,
        Literal::Bool(b) => Value::from(b),
        Literal::Long(n) => Value::Long(n),
        Literal::Double(d) => Value::Double(d),
        Literal::String(s) => Value::from(view.str(s)),
        Literal::Array(range) => {
            let mut a = match range.len {
                0 => PhpArray::empty_literal(),
                n => PhpArray::with_capacity(n as usize),
            };
            for e in &view.array_elems[range.indices()] {
                let v = literal_value(view, e.value as usize);
                match e.key.map(|k| literal_value(view, k as usize)) {
                    None => {
                        // A constant array never has PHP_INT_MAX keys that overflow here.
                        let _ = a.push(v);
                    }
                    Some(Value::Long(n)) => a.insert(ArrayKey::Int(n), v),
                    Some(Value::String(s)) => a.insert(ArrayKey::from_str_value(&s), v),
                    Some(Value::True) => a.insert(ArrayKey::Int(1), v),
                    Some(Value::False) => a.insert(ArrayKey::Int(0), v),
                    Some(Value::Double(d)) => {
                        a.insert(ArrayKey::Int(crate::numeric::dval_to_lval(d)), v)
                    }
                    Some(_) => a.insert(ArrayKey::Str(Rc::new(Vec::new())), v),
                }
            }
            Value::from(a)
        }
        // Not a value: the op that uses it evaluates its op_array (see Literal::ConstExpr).
        Literal::ConstExpr(_) => Value::Null,
    }
}

/// Resolve an include path as PHP does: absolute and `./`, `../` paths relative to the
/// working directory; other names through `include_path`, then the including
/// script's directory.
pub fn resolve(name: &str, include_path: &str, current_script: &str) -> Option<PathBuf> {
    if name.is_empty() {
        return None;
    }
    let p = Path::new(name);
    if p.is_absolute() || name.starts_with("./") || name.starts_with("../") {
        return is_file(p).then(|| p.to_path_buf());
    }
    for dir in include_path.split(':').filter(|d| !d.is_empty()) {
        let candidate = Path::new(dir).join(name);
        if is_file(&candidate) {
            return Some(candidate);
        }
    }
    let dir = Path::new(current_script).parent()?;
    let candidate = dir.join(name);
    is_file(&candidate).then_some(candidate)
}

impl Vm {
    /// Install a new `compile_file` hook, returning the previous one.
    pub fn set_compile_file(&mut self, hook: CompileFile) -> CompileFile {
        std::mem::replace(&mut self.compile_file, hook)
    }

    pub fn compile_file_hook(&self) -> CompileFile {
        self.compile_file.clone()
    }

    /// Compile `path` through the hook and register the script; returns its index.
    pub(crate) fn load_file(&mut self, path: &Path) -> Result<u32, CompileFailure> {
        let hook = self.compile_file.clone();
        let script = hook(self, path)?;
        Ok(self.register_script(script))
    }

    /// Report what the compiler warned about while compiling `file`, in order, as PHP
    /// does at that moment (through the error handler and error_reporting).
    pub fn report_compile_warnings(&mut self, warnings: Vec<CompileWarning>, file: &str) {
        for w in warnings {
            self.report_at(w.severity.code(), &w.message, file, w.line);
        }
    }

    /// Register a compiled script: its functions go into the function table.
    pub fn register_script(&mut self, script: Rc<dyn LoadedScript>) -> u32 {
        let idx = self.scripts.len() as u32;
        let loaded = Loaded::new(script);
        self.scripts.push(loaded);
        self.create_named_auto_globals(idx);
        idx
    }

    /// The end of a request: the classes its scripts keep linked for later requests let
    /// go of their static properties' values (objects must not outlive the request).
    pub(crate) fn release_kept_classes(&self) {
        for loaded in &self.scripts {
            loaded.release_classes();
        }
    }

    /// Register a script and bind its top-level declarations without running it:
    /// what `opcache_compile_file()` and preloading leave in a request.
    pub fn declare_script(&mut self, script: Rc<dyn LoadedScript>) -> Result<u32, Unwind> {
        let idx = self.register_script(script);
        self.bind_script_functions(idx)?;
        Ok(idx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution() {
        let dir = std::env::temp_dir().join(format!("miniphp-inc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("lib.php");
        std::fs::write(&f, "<?php").unwrap();
        let main = dir.join("main.php");
        let main = main.to_string_lossy();
        // Not on the include path: found next to the including script.
        assert_eq!(resolve("lib.php", "/nonexistent", &main), Some(f.clone()));
        assert_eq!(
            resolve(&f.to_string_lossy(), ".", "/x/y.php"),
            Some(f.clone())
        );
        assert_eq!(resolve("nope.php", ".", &main), None);
        assert_eq!(resolve("", ".", &main), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A compiled script under a key, as the opcache hands out its scripts.
    struct Keyed(Script, Option<ScriptKey>);

    impl LoadedScript for Keyed {
        fn view(&self) -> ScriptView<'_> {
            self.0.view()
        }
        fn key(&self) -> Option<ScriptKey> {
            self.1
        }
    }

    #[test]
    fn keyed_scripts_share_what_is_derived_until_their_store_restarts() {
        let load = |key| {
            let script = compile_source(b"<?php echo 'a', [1, 2][0];", "k.php").expect("compiles");
            Loaded::new(Rc::new(Keyed(script, key)))
        };
        let key = |epoch| ScriptKey {
            store: u64::MAX,
            epoch,
            offset: 64,
        };
        let first = load(Some(key(0)));
        assert!(!first.literals.is_empty());
        let again = load(Some(key(0)));
        assert!(Rc::ptr_eq(&first.literals, &again.literals));
        assert!(Rc::ptr_eq(&first.pinned.units, &again.pinned.units));
        assert_eq!(&*again.path, "k.php");
        // Another life of the store: made anew, and the older life's entries go.
        let restarted = load(Some(key(1)));
        assert!(!Rc::ptr_eq(&first.literals, &restarted.literals));
        let kept = DERIVED.with_borrow(|d| d.keys().filter(|k| k.store == u64::MAX).count());
        assert_eq!(kept, 1);
        // Unkeyed scripts keep nothing.
        let plain = load(None);
        assert!(!Rc::ptr_eq(&plain.literals, &load(None).literals));
    }

    #[test]
    fn classes_of_keyed_scripts_are_linked_once_and_reset_for_each_request() {
        let src = b"<?php class A { public static $n = 1; const C = [1]; \
            static function bump() { return ++static::$n; } } \
            class B extends A { public static $m = 'x'; } \
            class R {} class S extends R {} \
            class P { function f(): R { return new R; } } \
            class Q extends P { function f(): S { return new S; } } \
            echo A::bump(), B::$m; B::$m .= 'y'; echo B::$m, count(B::C), \"\\n\";";
        let key = ScriptKey {
            store: u64::MAX - 1,
            epoch: 0,
            offset: 8,
        };
        let request = || {
            let mut kit = crate::builtins::testkit::Kit::new();
            let script = compile_source(src, "c.php").expect("compiles");
            kit.vm.execute_loaded(Rc::new(Keyed(script, Some(key))));
            kit.vm.release_kept_classes();
            let b = kit.vm.find_class(b"b").expect("declared");
            let q = kit.vm.find_class(b"q").expect("declared");
            (kit.output(), b, q)
        };
        let (first, b1, q1) = request();
        assert_eq!(first, "2xxy1\n");
        let (second, b2, q2) = request();
        assert_eq!(second, first, "statics start again from their first values");
        assert!(Rc::ptr_eq(&b1, &b2), "the linked entry is kept");
        // Its variance check resolved S and R: the same entries again.
        assert!(Rc::ptr_eq(&q1, &q2));
        // Released at the end of the request.
        assert!(matches!(
            *b2.statics.last().expect("$m").borrow().borrow(),
            Value::Null
        ));
    }

    #[test]
    fn frame_shape_marks_by_reference_parameters() {
        let src = b"<?php function f(&$a, $b, &$c) {} function g($a, &...$rest) {}";
        let script = compile_source(src, "t.php").expect("compiles");
        let loaded = Loaded::new(Rc::new(script));
        let view = loaded.view();
        let shape = |name: &[u8]| {
            let i = view
                .op_arrays
                .iter()
                .position(|oa| view.str(oa.name) == name)
                .expect("declared");
            loaded.shapes[i]
        };
        let f = shape(b"f");
        assert_eq!((f.num_args, f.by_ref), (3, 0b101));
        // The variadic parameter stands for every position from its own on.
        let g = shape(b"g");
        assert_eq!((g.num_args, g.by_ref), (1, !0 << 1));
    }
}
