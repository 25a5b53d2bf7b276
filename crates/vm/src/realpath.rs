//! The per-process realpath cache (PHP's `realpath_cache`, Zend/zend_virtual_cwd.c):
//! every resolved path prefix is remembered for `realpath_cache_ttl` seconds, so an
//! fpm worker resolves `require_once __DIR__ . '/x.php'` without a readlink per
//! component on every request. It only maps names to names: whether a file changed
//! is the opcache's business (its mtime checks), as in PHP.

use std::cell::RefCell;
use std::ffi::OsString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use crate::array::PhpArray;
use crate::builtins::args::func;
use crate::builtins::BuiltinSpec;
use crate::names::NameMap;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("realpath_cache_get", realpath_cache_get, &[], 0),
    func("realpath_cache_size", realpath_cache_size, &[], 0),
];

/// One cached name.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub realpath: PathBuf,
    pub is_dir: bool,
    /// Unix time after which the entry is stale.
    pub expires: i64,
}

/// The cache's settings, from `realpath_cache_size` and `realpath_cache_ttl`.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Bytes the entries may take, counted as PHP does; 0 disables the cache.
    pub size: u64,
    pub ttl: i64,
}

#[derive(Default)]
struct Cache {
    /// Keyed by the name's bytes (hashing a `Path` walks its components).
    entries: NameMap<OsString, Entry>,
    /// Bytes used, as `realpath_cache_size()` reports them.
    size: u64,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::default();
}

/// What PHP counts for an entry: its bucket plus the name (and the real name when it
/// differs), each with a terminating NUL.
fn entry_size(path: &Path, real: &Path) -> u64 {
    const BUCKET: u64 = 48;
    let p = path.as_os_str().len() as u64 + 1;
    let r = if path == real {
        0
    } else {
        real.as_os_str().len() as u64 + 1
    };
    BUCKET + p + r
}

/// The hash PHP shows as an entry's `key` (realpath_cache_key: FNV-1 on 64 bits).
pub fn key(path: &Path) -> u64 {
    path.as_os_str()
        .as_bytes()
        .iter()
        .fold(2166136261u64, |h, &b| h.wrapping_mul(16777619) ^ b as u64)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Cache {
    fn get(&mut self, path: &Path, now: i64) -> Option<&Entry> {
        if (self.entries.get(path.as_os_str())).is_some_and(|e| e.expires < now) {
            self.remove(path);
        }
        self.entries.get(path.as_os_str())
    }

    fn remove(&mut self, path: &Path) {
        if let Some(e) = self.entries.remove(path.as_os_str()) {
            self.size -= entry_size(path, &e.realpath);
        }
    }

    fn add(&mut self, path: PathBuf, entry: Entry, limits: Limits, now: i64) {
        let size = entry_size(&path, &entry.realpath);
        if self.size + size > limits.size {
            // PHP makes room by dropping the stale entries, then gives up.
            let stale: Vec<OsString> = (self.entries.iter())
                .filter(|(_, e)| e.expires < now)
                .map(|(p, _)| p.clone())
                .collect();
            for p in stale {
                self.remove(Path::new(&p));
            }
            if self.size + size > limits.size {
                return;
            }
        }
        self.remove(&path);
        self.size += size;
        self.entries.insert(path.into_os_string(), entry);
    }
}

/// The real path of `path` (relative to the working directory), through the cache:
/// each prefix is looked up, and resolved with one lstat when missing.
pub fn resolve(path: &Path, limits: Limits) -> io::Result<PathBuf> {
    if limits.size == 0 {
        return std::fs::canonicalize(path);
    }
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let now = now();
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        // The whole name first: a warm cache answers with one lookup.
        if let Some(e) = cache.get(&absolute, now) {
            return Ok(e.realpath.clone());
        }
        let mut name = PathBuf::from("/");
        let mut real = PathBuf::from("/");
        for c in absolute.components() {
            match c {
                Component::Normal(part) => name.push(part),
                Component::ParentDir => {
                    real.pop();
                    name = real.clone();
                    continue;
                }
                _ => continue,
            }
            if let Some(e) = cache.get(&name, now) {
                real = e.realpath.clone();
                continue;
            }
            let candidate = real.join(name.file_name().unwrap_or_default());
            let meta = std::fs::symlink_metadata(&candidate)?;
            let (resolved, is_dir) = if meta.file_type().is_symlink() {
                let target = std::fs::canonicalize(&candidate)?;
                let is_dir = target.is_dir();
                (target, is_dir)
            } else {
                (candidate, meta.is_dir())
            };
            let entry = Entry {
                realpath: resolved.clone(),
                is_dir,
                expires: now + limits.ttl,
            };
            cache.add(name.clone(), entry, limits, now);
            real = resolved;
        }
        Ok(real)
    })
}

/// `path` made absolute and rid of `.` and `..` by name alone, as php's
/// `expand_filepath` does before opening a plain file: `missing/../f` opens `f`.
pub fn expand(path: &Path) -> PathBuf {
    let mut out = if path.is_absolute() {
        PathBuf::from("/")
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd,
            Err(_) => return path.to_path_buf(),
        }
    };
    for c in path.components() {
        match c {
            Component::Normal(part) => out.push(part),
            Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    // A trailing slash still asks for a directory ("f/" of a file fails to open).
    if path.as_os_str().as_encoded_bytes().ends_with(b"/") {
        out.push("");
    }
    out
}

/// Whether `path` names a file rather than a directory: from its fresh cache entry
/// when it has one, as PHP's include resolution asks the realpath cache (a warm fpm
/// worker resolved each `require_once __DIR__ . '/x.php'` with a stat), else from
/// the file system.
pub fn is_file(path: &Path) -> bool {
    let now = now();
    let cached = CACHE.with_borrow(|cache| {
        (cache.entries.get(path.as_os_str()))
            .filter(|e| e.expires >= now)
            .map(|e| !e.is_dir)
    });
    cached.unwrap_or_else(|| path.is_file())
}

/// `clearstatcache(true[, $filename])`: forget one name, or all of them.
pub fn clear(path: Option<&Path>) {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        match path {
            Some(p) => cache.remove(p),
            None => *cache = Cache::default(),
        }
    });
}

/// `realpath_cache_size()`.
pub fn size() -> u64 {
    CACHE.with(|cache| cache.borrow().size)
}

/// `realpath_cache_get()`: the live entries.
pub fn entries() -> Vec<(PathBuf, Entry)> {
    CACHE.with(|cache| {
        (cache.borrow().entries.iter())
            .map(|(p, e)| (PathBuf::from(p), e.clone()))
            .collect()
    })
}

impl Vm {
    /// The cache's settings in this VM's ini.
    pub fn realpath_limits(&self) -> Limits {
        let size = self.ini_get("realpath_cache_size").unwrap_or("4096K");
        let ttl = self.ini_get("realpath_cache_ttl").unwrap_or("120");
        Limits {
            size: crate::vm::parse_memory_limit(size).unwrap_or(0),
            ttl: ttl.trim().parse().unwrap_or(120),
        }
    }

    /// `path` resolved through the realpath cache.
    pub fn realpath(&self, path: &Path) -> io::Result<PathBuf> {
        resolve(path, self.realpath_limits())
    }
}

fn realpath_cache_get(_vm: &mut Vm, _args: &mut [Value]) -> Result<Value, Unwind> {
    let mut out = PhpArray::new();
    for (path, e) in entries() {
        let mut entry = PhpArray::new();
        // PHP stores the key unsigned: above PHP_INT_MAX it shows as a float.
        let k = key(&path);
        let k = i64::try_from(k).map_or(Value::Double(k as f64), Value::Long);
        entry.insert(ArrayKey::from_bytes(b"key"), k);
        entry.insert(ArrayKey::from_bytes(b"is_dir"), Value::from(e.is_dir));
        let real = Value::from(e.realpath.as_os_str().as_bytes());
        entry.insert(ArrayKey::from_bytes(b"realpath"), real);
        entry.insert(ArrayKey::from_bytes(b"expires"), Value::Long(e.expires));
        out.insert(
            ArrayKey::from_bytes(path.as_os_str().as_bytes()),
            Value::from(entry),
        );
    }
    Ok(Value::from(out))
}

fn realpath_cache_size(_vm: &mut Vm, _args: &mut [Value]) -> Result<Value, Unwind> {
    Ok(Value::Long(size() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        size: 4096 * 1024,
        ttl: 120,
    };

    #[test]
    fn expand_goes_by_names_alone() {
        assert_eq!(
            expand(Path::new("/no/such/dir/../../f")),
            PathBuf::from("/no/f")
        );
        assert_eq!(expand(Path::new("/a/./b")), PathBuf::from("/a/b"));
        assert_eq!(expand(Path::new("/a/./b/")).as_os_str(), "/a/b/");
        assert_eq!(expand(Path::new("/..")), PathBuf::from("/"));
        let cwd = std::env::current_dir().expect("cwd");
        assert_eq!(expand(Path::new("x/../y")), cwd.join("y"));
    }

    #[test]
    fn key_is_phps_hash() {
        // realpath_cache_get() of PHP 8.2 shows /work with key 1.705252515953947E+19.
        assert_eq!(key(Path::new("/work")) as f64, 1.705252515953947e19);
    }

    #[test]
    fn resolves_prefixes_symlinks_and_dot_dot_and_caches_them() {
        let dir = std::env::temp_dir().join(format!("miniphp-realpath-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("a/b")).unwrap();
        std::fs::write(dir.join("a/b/f.php"), "<?php").unwrap();
        std::os::unix::fs::symlink(dir.join("a"), dir.join("link")).unwrap();
        let dir = std::fs::canonicalize(&dir).unwrap();
        clear(None);
        let real = dir.join("a/b/f.php");
        assert_eq!(
            resolve(&dir.join("link/b/../b/f.php"), LIMITS).unwrap(),
            real
        );
        assert_eq!(resolve(&dir.join("a/./b/f.php"), LIMITS).unwrap(), real);
        let all = entries();
        let link = all.iter().find(|(p, _)| *p == dir.join("link")).unwrap();
        assert_eq!(link.1.realpath, dir.join("a"));
        assert!(link.1.is_dir);
        let file = all.iter().find(|(p, _)| *p == real).unwrap();
        assert!(!file.1.is_dir);
        // Served from the cache while it is fresh, even once the file is gone.
        std::fs::remove_file(&real).unwrap();
        assert_eq!(resolve(&real, LIMITS).unwrap(), real);
        assert!(is_file(&real) && !is_file(&dir.join("link")));
        clear(Some(&real));
        assert!(resolve(&real, LIMITS).is_err());
        assert!(!is_file(&real));
        assert!(resolve(&dir.join("missing/x"), LIMITS).is_err());
        let before = size();
        clear(None);
        assert!(before > 0 && size() == 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_full_cache_keeps_resolving_without_storing() {
        clear(None);
        let tiny = Limits { size: 10, ttl: 120 };
        let here = std::fs::canonicalize(".").unwrap();
        assert_eq!(resolve(&here, tiny).unwrap(), here);
        assert_eq!(size(), 0);
    }
}
