//! The `opcache_*` PHP functions, over the cache `OpCache::install` made active in
//! this process; [`register`] adds them with the cache off (they then answer as
//! PHP's do when OPcache is disabled).

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use miniphp_vm::builtins::args::func;
use miniphp_vm::builtins::BuiltinSpec;
use miniphp_vm::include::CompileFile;
use miniphp_vm::{ArrayKey, PhpArray, Unwind, Value, Vm};

use crate::blacklist::Blacklist;
use crate::cache::{file_mtime, OpCache};
use crate::settings::{Directive, Settings, INI_DEFAULTS};
use crate::status::Status;

/// What the functions see in this process.
struct State {
    settings: Settings,
    /// The cache and the hook that was there before ours (it compiles without the
    /// cache); None when the cache is off.
    on: Option<(OpCache, CompileFile)>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn set_state(state: State) {
    STATE.with(|s| *s.borrow_mut() = Some(state));
}

/// The `opcache.*` ini entries at their defaults where the configuration did not set
/// them (as PHP registers the extension's entries).
pub(crate) fn register_ini_defaults(vm: &mut Vm) {
    for (name, default) in INI_DEFAULTS {
        if vm.ini_get(name).is_none() {
            vm.set_ini(name, default.to_string());
        }
    }
}

/// The functions, and `cache` made the one they see (done by `OpCache::install`).
pub(crate) fn activate(vm: &mut Vm, cache: &OpCache, original: CompileFile) {
    vm.register_builtins(FUNCTIONS);
    set_state(State {
        settings: cache.settings().clone(),
        on: Some((cache.clone(), original)),
    });
}

/// The functions with the cache off (`opcache.enable_cli=0` in the CLI).
pub fn register(vm: &mut Vm, settings: Settings) {
    vm.register_builtins(FUNCTIONS);
    register_ini_defaults(vm);
    set_state(State { settings, on: None });
}

fn active() -> Option<(OpCache, CompileFile)> {
    STATE.with(|s| s.borrow().as_ref().and_then(|s| s.on.clone()))
}

fn settings() -> Settings {
    STATE.with(|s| {
        s.borrow()
            .as_ref()
            .map_or_else(Settings::default, |s| s.settings.clone())
    })
}

fn assoc(pairs: Vec<(&str, Value)>) -> Value {
    let mut a = PhpArray::new();
    for (k, v) in pairs {
        a.insert(ArrayKey::from_bytes(k.as_bytes()), v);
    }
    Value::from(a)
}

fn long(n: u64) -> Value {
    Value::from(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `Sat Nov 21 04:49:28 2026`, as PHP's `last_used` (in UTC).
pub fn ctime(t: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (days, secs) = (t.div_euclid(86400), t.rem_euclid(86400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        year
    )
}

/// `opcache_get_status()`'s array, keys in PHP's order.
pub fn status_value(st: &Status, include_scripts: bool) -> Value {
    let m = &st.memory_usage;
    let i = &st.interned_strings_usage;
    let s = &st.opcache_statistics;
    let mut pairs = vec![("opcache_enabled", Value::from(st.opcache_enabled))];
    if let Some(dir) = &st.file_cache {
        pairs.push(("file_cache", Value::from(dir.as_str())));
    }
    if st.file_cache_only {
        pairs.push(("file_cache_only", Value::from(true)));
        return assoc(pairs);
    }
    pairs.extend([
        ("cache_full", Value::from(st.cache_full)),
        ("restart_pending", Value::from(st.restart_pending)),
        ("restart_in_progress", Value::from(st.restart_in_progress)),
        (
            "memory_usage",
            assoc(vec![
                ("used_memory", long(m.used_memory)),
                ("free_memory", long(m.free_memory)),
                ("wasted_memory", long(m.wasted_memory)),
                (
                    "current_wasted_percentage",
                    Value::from(m.current_wasted_percentage),
                ),
            ]),
        ),
        (
            "interned_strings_usage",
            assoc(vec![
                ("buffer_size", long(i.buffer_size)),
                ("used_memory", long(i.used_memory)),
                ("free_memory", long(i.free_memory)),
                ("number_of_strings", long(i.number_of_strings)),
            ]),
        ),
        (
            "opcache_statistics",
            assoc(vec![
                ("num_cached_scripts", long(s.num_cached_scripts)),
                ("num_cached_keys", long(s.num_cached_keys)),
                ("max_cached_keys", long(s.max_cached_keys)),
                ("hits", long(s.hits)),
                ("start_time", Value::from(s.start_time)),
                ("last_restart_time", Value::from(s.last_restart_time)),
                ("oom_restarts", long(s.oom_restarts)),
                ("hash_restarts", long(s.hash_restarts)),
                ("manual_restarts", long(s.manual_restarts)),
                ("misses", long(s.misses)),
                ("blacklist_misses", long(s.blacklist_misses)),
                ("blacklist_miss_ratio", Value::from(s.blacklist_miss_ratio)),
                ("opcache_hit_rate", Value::from(s.opcache_hit_rate)),
            ]),
        ),
    ]);
    if let Some(p) = &st.preload_statistics {
        let list = |names: &[String]| {
            Value::from(PhpArray::from_list(
                names.iter().map(|n| Value::from(n.as_str())).collect(),
            ))
        };
        let mut stats = vec![("memory_consumption", long(p.memory_consumption))];
        for (key, names) in [
            ("functions", &p.functions),
            ("classes", &p.classes),
            ("scripts", &p.scripts),
        ] {
            if !names.is_empty() {
                stats.push((key, list(names)));
            }
        }
        pairs.push(("preload_statistics", assoc(stats)));
    }
    if include_scripts {
        let mut scripts = PhpArray::new();
        for sc in &st.scripts {
            let entry = assoc(vec![
                ("full_path", Value::from(sc.full_path.as_str())),
                ("hits", long(sc.hits)),
                ("memory_consumption", long(sc.memory_consumption)),
                ("last_used", Value::from(ctime(sc.last_used_timestamp))),
                ("last_used_timestamp", Value::from(sc.last_used_timestamp)),
                ("timestamp", Value::from(sc.timestamp)),
            ]);
            scripts.insert(ArrayKey::from_bytes(sc.full_path.as_bytes()), entry);
        }
        pairs.push(("scripts", Value::from(scripts)));
    }
    pairs.push((
        "jit",
        assoc(vec![
            ("enabled", Value::from(false)),
            ("on", Value::from(false)),
            ("kind", Value::from(0i64)),
            ("opt_level", Value::from(0i64)),
            ("opt_flags", Value::from(0i64)),
            ("buffer_size", Value::from(0i64)),
            ("buffer_free", Value::from(0i64)),
        ]),
    ));
    assoc(pairs)
}

fn get_status(_vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let include_scripts = args.first().is_none_or(Value::to_bool);
    Ok(active().map_or(Value::from(false), |(c, _)| {
        status_value(&c.status(include_scripts), include_scripts)
    }))
}

fn get_configuration(_vm: &mut Vm, _args: &mut [Value]) -> Result<Value, Unwind> {
    let settings = settings();
    let blacklist = Blacklist::load(&settings.blacklist_filename)
        .entries
        .iter()
        .map(|e| Value::from(e.as_str()))
        .collect();
    let mut directives = PhpArray::new();
    for (name, d) in settings.directives() {
        let v = match d {
            Directive::Bool(b) => Value::from(b),
            Directive::Long(n) => Value::from(n),
            Directive::Double(f) => Value::from(f),
            Directive::Str(s) => Value::from(s.as_str()),
        };
        directives.insert(ArrayKey::from_bytes(name.as_bytes()), v);
    }
    Ok(assoc(vec![
        ("directives", Value::from(directives)),
        (
            "version",
            assoc(vec![
                ("version", Value::from(miniphp_vm::constants::PHP_VERSION)),
                ("opcache_product_name", Value::from("Zend OPcache")),
            ]),
        ),
        ("blacklist", Value::from(PhpArray::from_list(blacklist))),
    ]))
}

fn filename(vm: &mut Vm, args: &[Value]) -> Result<String, Unwind> {
    let s = match args.first() {
        Some(v) => v.to_php_string(vm)?,
        None => Rc::new(Vec::new()),
    };
    Ok(String::from_utf8_lossy(&s).into_owned())
}

fn invalidate(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let path = filename(vm, args)?;
    let force = args.get(1).is_some_and(Value::to_bool);
    Ok(Value::from(active().is_some_and(|(c, _)| {
        c.invalidate(Path::new(&path), force)
    })))
}

fn is_script_cached(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let path = filename(vm, args)?;
    Ok(Value::from(
        active().is_some_and(|(c, _)| c.is_cached(Path::new(&path))),
    ))
}

fn reset(_vm: &mut Vm, _args: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::from(active().is_some_and(|(c, _)| c.reset())))
}

/// Compile and cache a file without running it; its functions are declared, as
/// PHP's compiler binds them early.
fn compile_file(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let path = filename(vm, args)?;
    let Some((cache, original)) = active() else {
        vm.notice("Zend OPcache has not been properly started, can't compile file");
        return Ok(Value::from(false));
    };
    let path = Path::new(&path);
    let script = match cache.fetch(path) {
        Some(hit) => Rc::new(hit) as Rc<dyn miniphp_vm::LoadedScript>,
        None => {
            let Some(mtime) = file_mtime(path) else {
                let shown = path.display();
                vm.warning(&format!(
                    "opcache_compile_file({shown}): Failed to open stream: No such file or directory"
                ));
                let include_path = vm.ini_get("include_path").unwrap_or("").to_string();
                vm.warning(&format!(
                    "opcache_compile_file(): Failed opening '{shown}' for inclusion (include_path='{include_path}')"
                ));
                return Ok(Value::from(false));
            };
            match original(vm, path) {
                Ok(compiled) => match cache.store_view(path, mtime, &compiled.view()) {
                    Some(c) => Rc::new(c) as Rc<dyn miniphp_vm::LoadedScript>,
                    None => compiled,
                },
                Err(_) => return Ok(Value::from(false)),
            }
        }
    };
    cache.note_compiled(&script);
    vm.declare_script(cache.for_request(script))?;
    Ok(Value::from(true))
}

/// The `opcache_*` built-ins.
pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("opcache_get_status", get_status, &["include_scripts"], 0),
    func("opcache_get_configuration", get_configuration, &[], 0),
    func("opcache_invalidate", invalidate, &["filename", "force"], 1),
    func(
        "opcache_is_script_cached",
        is_script_cached,
        &["filename"],
        1,
    ),
    func("opcache_reset", reset, &[], 0),
    func("opcache_compile_file", compile_file, &["filename"], 1),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::Settings;
    use crate::testutil::script_of_size;
    use miniphp_vm::{IniOverrides, LoadedScript};

    #[test]
    fn ctime_like_php() {
        assert_eq!(ctime(1795243275), "Sat Nov 21 06:41:15 2026");
        assert_eq!(ctime(0), "Thu Jan  1 00:00:00 1970");
    }

    fn keys(v: &Value) -> Vec<String> {
        match v {
            Value::Array(a) => a
                .iter()
                .map(|(k, _)| match k {
                    ArrayKey::Int(i) => i.to_string(),
                    ArrayKey::Str(s) => String::from_utf8_lossy(&s).into_owned(),
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn functions_over_the_installed_cache() {
        let mut vm = Vm::new(
            &IniOverrides::default(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        );
        vm.set_compile_file(Rc::new(|_vm: &mut Vm, _p: &Path| {
            Ok(Rc::new(script_of_size(1)) as Rc<dyn LoadedScript>)
        }));
        let c = OpCache::new(Settings {
            memory_consumption: 1 << 20,
            interned_strings_buffer: 1 << 10,
            ..Settings::default()
        })
        .unwrap();
        c.install(&mut vm);
        let st = get_status(&mut vm, &mut [Value::from(false)]).unwrap();
        assert_eq!(
            keys(&st),
            [
                "opcache_enabled",
                "cache_full",
                "restart_pending",
                "restart_in_progress",
                "memory_usage",
                "interned_strings_usage",
                "opcache_statistics",
                "jit"
            ]
        );
        let f = std::env::temp_dir().join(format!("opcache-php-{}.php", std::process::id()));
        std::fs::write(&f, "<?php").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&f)
            .and_then(|h| {
                h.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1 << 30))
            })
            .unwrap();
        let name = Value::from(f.to_string_lossy().as_ref());
        let cached = |vm: &mut Vm| is_script_cached(vm, &mut [name.clone()]).unwrap().to_bool();
        assert!(!cached(&mut vm));
        assert!(compile_file(&mut vm, &mut [name.clone()])
            .unwrap()
            .to_bool());
        assert!(cached(&mut vm));
        let st = get_status(&mut vm, &mut []).unwrap();
        assert!(keys(&st).contains(&"scripts".to_string()));
        assert!(invalidate(&mut vm, &mut [name.clone(), Value::from(true)])
            .unwrap()
            .to_bool());
        assert!(!cached(&mut vm));
        assert!(!invalidate(&mut vm, &mut [Value::from("/nonexistent.php")])
            .unwrap()
            .to_bool());
        assert!(reset(&mut vm, &mut []).unwrap().to_bool());
        assert_eq!(
            keys(&get_configuration(&mut vm, &mut []).unwrap()),
            ["directives", "version", "blacklist"]
        );
    }
}
