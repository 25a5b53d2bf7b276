//! The public cache: settings, lookup/store/invalidate/reset/status, restarts, and
//! `install`, which swaps the VM's `compile_file` hook.

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::Ordering;

use miniphp_compiler::{Script, ScriptView};
use miniphp_vm::include::CompileFile;
use miniphp_vm::{CompileFailure, LoadedScript, ScriptKey, Vm};

use crate::blacklist::Blacklist;
use crate::filecache;
use crate::hash::Table;
use crate::lock::{hold_readers, release_readers, NoReaders, WriteLock};
use crate::persist::{load, persist, persisted_size, record, to_script};
use crate::segment::{now, Header, RestartReason, Segment, SegmentError};
pub use crate::settings::Settings;
use crate::status::{status, PreloadStatistics, Status};
use crate::{alloc, interned};

struct Inner {
    seg: Segment,
    settings: Settings,
    /// Segment-resident scripts alive in this process; while > 0 it holds the
    /// shared reader lock, so no restart can overwrite them.
    readers: Cell<usize>,
    /// `opcache.preload`'s scripts, owned by this process (forked workers inherit
    /// them) rather than kept in the segment, so that they survive restarts as
    /// PHP's do; their declarations are bound in every request.
    preloaded: RefCell<Vec<Rc<Script>>>,
    /// While preloading: every script that goes through the hook.
    recording: RefCell<Option<Vec<Rc<Script>>>>,
    blacklist: Blacklist,
}

/// A handle on the shared cache. Create it before forking: children inherit the
/// mapping and the fd, and share everything through them. Fork while this process
/// holds no cached script or `Request`: fcntl locks are not inherited, so a child
/// would believe it holds the reader lock without holding it.
#[derive(Clone)]
pub struct OpCache {
    inner: Rc<Inner>,
}

/// Keeps this process counted as a reader.
struct ReadHold {
    inner: Rc<Inner>,
}

impl ReadHold {
    fn new(inner: &Rc<Inner>) -> Option<ReadHold> {
        if inner.readers.get() == 0 {
            hold_readers(inner.seg.raw_fd()).ok()?;
        }
        inner.readers.set(inner.readers.get() + 1);
        Some(ReadHold {
            inner: inner.clone(),
        })
    }
}

impl Drop for ReadHold {
    fn drop(&mut self) {
        let n = self.inner.readers.get() - 1;
        self.inner.readers.set(n);
        if n == 0 {
            release_readers(self.inner.seg.raw_fd());
        }
    }
}

/// A request in progress (see [`OpCache::request`]).
pub struct Request {
    _hold: ReadHold,
}

/// A preloaded script loaded again: its early-bound functions and classes are
/// already declared, so its view has none to bind.
struct AlreadyDeclared(Rc<dyn LoadedScript>);

impl LoadedScript for AlreadyDeclared {
    fn view(&self) -> ScriptView<'_> {
        ScriptView {
            functions: &[],
            class_table: &[],
            ..self.0.view()
        }
    }
}

/// A script executed where it lies in the segment.
pub struct CachedScript {
    // Declared before `hold`: the view must not outlive the hold (fields drop in
    // order, and a view has no drop anyway).
    view: ScriptView<'static>,
    hold: ReadHold,
    key: ScriptKey,
}

impl CachedScript {
    fn new(hold: ReadHold, off: u64) -> Option<CachedScript> {
        let seg = &hold.inner.seg;
        // Read under the hold: no restart (a new epoch) can happen while it is kept,
        // and within an epoch the bump allocator never hands out an offset twice.
        let key = ScriptKey {
            store: seg.id(),
            epoch: seg.header().epoch.load(Ordering::Relaxed),
            offset: off,
        };
        let view = load(seg, off)?;
        // SAFETY: the view borrows the mapping owned by `hold.inner` (an Rc kept
        // alive by `hold`), and `hold` keeps the reader lock, so no restart rewrites
        // these bytes while this CachedScript lives; published scripts are never
        // written otherwise. `view()` hands it out only with `&self`'s lifetime.
        let view = unsafe { std::mem::transmute::<ScriptView<'_>, ScriptView<'static>>(view) };
        Some(CachedScript { view, hold, key })
    }
}

impl LoadedScript for CachedScript {
    fn view(&self) -> ScriptView<'_> {
        let _ = &self.hold;
        self.view
    }

    fn key(&self) -> Option<ScriptKey> {
        Some(self.key)
    }
}

pub fn file_mtime(path: &Path) -> Option<i64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| m.mtime())
}

impl OpCache {
    pub fn new(settings: Settings) -> Result<OpCache, SegmentError> {
        let seg = Segment::create(settings.layout())?;
        let blacklist = Blacklist::load(&settings.blacklist_filename);
        Ok(OpCache {
            inner: Rc::new(Inner {
                seg,
                settings,
                readers: Cell::new(0),
                preloaded: RefCell::new(Vec::new()),
                recording: RefCell::new(None),
                blacklist,
            }),
        })
    }

    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    fn seg(&self) -> &Segment {
        &self.inner.seg
    }

    /// The raw segment, for tests and tools that write it the way a store does.
    #[doc(hidden)]
    pub fn segment(&self) -> &Segment {
        &self.inner.seg
    }

    fn header(&self) -> &Header {
        self.inner.seg.header()
    }

    /// Start a request, as PHP's accel_activate: run a pending restart if nobody
    /// reads, then count this process as a reader until the guard drops, so that
    /// the hits of the request take no lock of their own.
    pub fn request(&self) -> Option<Request> {
        self.restart_if_pending();
        ReadHold::new(&self.inner).map(|h| Request { _hold: h })
    }

    /// The cached script for `path` if it was compiled from a file whose mtime was
    /// `mtime` (checked when `validate_timestamps` is on). Counts a hit.
    pub fn lookup(&self, path: &Path, mtime: i64) -> Option<CachedScript> {
        self.find(path, true, || Some(mtime))
    }

    /// The cached script for `path`, checking the file's mtime only every
    /// `revalidate_freq` seconds, as the `compile_file` hook does.
    pub fn fetch(&self, path: &Path) -> Option<CachedScript> {
        self.find(path, false, || file_mtime(path))
    }

    fn find(
        &self,
        path: &Path,
        always_check: bool,
        mtime: impl FnOnce() -> Option<i64>,
    ) -> Option<CachedScript> {
        self.restart_if_pending();
        let hold = ReadHold::new(&self.inner)?;
        let key = path.as_os_str().as_encoded_bytes();
        let table = Table::new(self.seg());
        let idx = table.find(key)?;
        let off = table.data(idx).load(Ordering::Acquire);
        let rec = record(self.seg(), off).filter(|_| off != 0)?;
        let s = self.settings();
        let now = now();
        if s.validate_timestamps
            && (always_check || now >= rec.revalidate_at.load(Ordering::Relaxed))
        {
            if mtime() != Some(rec.mtime) {
                self.discard(idx, off);
                return None;
            }
            rec.revalidate_at
                .store(now + s.revalidate_freq, Ordering::Relaxed);
        }
        let script = CachedScript::new(hold, off)?;
        self.header().hits.fetch_add(1, Ordering::Relaxed);
        rec.hits.fetch_add(1, Ordering::Relaxed);
        rec.last_used.store(now, Ordering::Relaxed);
        Some(script)
    }

    /// Cache `script`, compiled from `path` whose mtime was `mtime`; counts a miss
    /// (a compile happened). The segment copy, or None when it could not be cached
    /// (full cache: the caller runs its own copy).
    pub fn store(&self, path: &Path, mtime: i64, script: &Script) -> Option<CachedScript> {
        self.store_view(path, mtime, &script.view())
    }

    pub(crate) fn store_view(
        &self,
        path: &Path,
        mtime: i64,
        view: &ScriptView<'_>,
    ) -> Option<CachedScript> {
        let h = self.header();
        h.misses.fetch_add(1, Ordering::Relaxed);
        if now() - mtime < self.settings().file_update_protection {
            return None;
        }
        self.restart_if_pending();
        let hold = ReadHold::new(&self.inner)?;
        let resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let key = resolved.as_os_str().as_encoded_bytes();
        let alias = path.as_os_str().as_encoded_bytes();
        let seg = self.seg();
        let table = Table::new(seg);
        let _lock = WriteLock::acquire(seg.raw_fd()).ok()?;
        // Another process may have stored it while we compiled.
        let existing = table.find(key);
        if let Some(idx) = existing {
            let off = table.data(idx).load(Ordering::Acquire);
            match record(seg, off).filter(|_| off != 0) {
                Some(r) if r.mtime == mtime => return CachedScript::new(hold, off),
                Some(_) => self.discard_locked(&table, idx, off),
                None => {}
            }
        }
        if existing.is_none() && table.is_full() {
            self.cache_full(RestartReason::Hash);
            return None;
        }
        let key_off = match existing {
            Some(_) => 0,
            None => match interned::intern_key(seg, key) {
                Some(k) => k,
                None => {
                    self.cache_full(RestartReason::Oom);
                    return None;
                }
            },
        };
        let Some(off) = persist(seg, view, mtime) else {
            self.cache_full(RestartReason::Oom);
            return None;
        };
        if let Some(r) = record(seg, off) {
            let now = now();
            r.revalidate_at
                .store(now + self.settings().revalidate_freq, Ordering::Relaxed);
            r.last_used.store(now, Ordering::Relaxed);
        }
        // Publish: the script's bytes are complete before its offset is visible.
        let idx = match existing {
            Some(idx) => {
                table.data(idx).store(off, Ordering::Release);
                idx
            }
            None => table.insert(key, key_off, off, None)?,
        };
        if alias != key && table.find(alias).is_none() && !table.is_full() {
            if let Some(alias_off) = interned::intern_key(seg, alias) {
                table.insert(alias, alias_off, 0, Some(idx));
            }
        }
        CachedScript::new(hold, off)
    }

    /// Drop entry `idx`'s script (stale): its bytes become wasted.
    fn discard(&self, idx: u32, off: u64) {
        if let Ok(_lock) = WriteLock::acquire(self.seg().raw_fd()) {
            self.discard_locked(&Table::new(self.seg()), idx, off);
        }
    }

    fn discard_locked(&self, table: &Table<'_>, idx: u32, off: u64) {
        let data = table.data(idx);
        // Re-checked under the lock: another process may have replaced it already.
        if data.load(Ordering::Acquire) != off {
            return;
        }
        data.store(0, Ordering::Release);
        if let Some(r) = record(self.seg(), off) {
            alloc::waste(self.header(), r.size);
        }
        if self.header().cache_full.load(Ordering::Relaxed) != 0 {
            let reason = if table.is_full() {
                RestartReason::Hash
            } else {
                RestartReason::Oom
            };
            self.schedule_restart_if_wasteful(reason);
        }
    }

    /// Memory or the table ran out: stop caching, restart if enough is wasted.
    fn cache_full(&self, reason: RestartReason) {
        self.header().cache_full.store(1, Ordering::Relaxed);
        self.schedule_restart_if_wasteful(reason);
    }

    fn schedule_restart_if_wasteful(&self, reason: RestartReason) {
        if alloc::too_much_waste(self.header(), self.settings().max_wasted_percentage) {
            self.schedule_restart(reason);
        }
    }

    fn schedule_restart(&self, reason: RestartReason) {
        let h = self.header();
        h.restart_reason.store(reason as u32, Ordering::Relaxed);
        h.restart_pending.store(1, Ordering::Release);
    }

    /// `opcache_invalidate()`: false when `path` does not exist. Without `force`
    /// (and with validate_timestamps on) only a script whose file changed is
    /// dropped from shared memory; its file cache image is always removed.
    pub fn invalidate(&self, path: &Path, force: bool) -> bool {
        let Ok(resolved) = std::fs::canonicalize(path) else {
            return false;
        };
        // As PHP: the file cache's image goes whatever the rest decides.
        if let Some((dir, key)) = self.image_key(&resolved) {
            filecache::remove(&dir, &key);
        }
        let table = Table::new(self.seg());
        let Some(idx) = table.find(resolved.as_os_str().as_encoded_bytes()) else {
            return true;
        };
        let off = table.data(idx).load(Ordering::Acquire);
        let Some(rec) = record(self.seg(), off).filter(|_| off != 0) else {
            return true;
        };
        if force || !self.settings().validate_timestamps || file_mtime(path) != Some(rec.mtime) {
            self.discard(idx, off);
        }
        true
    }

    /// `opcache_is_script_cached()`, without counting a hit.
    pub fn is_cached(&self, path: &Path) -> bool {
        let table = Table::new(self.seg());
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        table
            .find(key.as_os_str().as_encoded_bytes())
            .is_some_and(|idx| table.data(idx).load(Ordering::Acquire) != 0)
    }

    /// The writer lock, for work that must not interleave with stores (and tests).
    pub fn write_lock(&self) -> nix::Result<WriteLock> {
        WriteLock::acquire(self.seg().raw_fd())
    }

    /// `opcache_reset()`: schedules a manual restart, done once no process reads.
    pub fn reset(&self) -> bool {
        self.schedule_restart(RestartReason::Manual);
        true
    }

    /// Run a pending restart if no process (this one included) reads the segment.
    pub fn restart_if_pending(&self) {
        let h = self.header();
        if h.restart_pending.load(Ordering::Acquire) == 0 || self.inner.readers.get() != 0 {
            return;
        }
        let fd = self.seg().raw_fd();
        let Ok(_lock) = WriteLock::acquire(fd) else {
            return;
        };
        if h.restart_pending.load(Ordering::Acquire) == 0 {
            return;
        }
        let Some(_alone) = NoReaders::try_acquire(fd) else {
            return;
        };
        h.restart_in_progress.store(1, Ordering::Relaxed);
        Table::new(self.seg()).clear();
        alloc::reset(h);
        interned::reset(self.seg());
        h.hits.store(0, Ordering::Relaxed);
        h.misses.store(0, Ordering::Relaxed);
        h.blacklist_misses.store(0, Ordering::Relaxed);
        h.cache_full.store(0, Ordering::Relaxed);
        let counter = match h.restart_reason.load(Ordering::Relaxed) {
            r if r == RestartReason::Hash as u32 => &h.hash_restarts,
            r if r == RestartReason::Manual as u32 => &h.manual_restarts,
            _ => &h.oom_restarts,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        h.last_restart_time.store(now(), Ordering::Relaxed);
        h.epoch.fetch_add(1, Ordering::Relaxed);
        h.restart_pending.store(0, Ordering::Release);
        h.restart_in_progress.store(0, Ordering::Release);
    }

    pub fn status(&self, include_scripts: bool) -> Status {
        let s = self.settings();
        let mut st = status(self.seg(), include_scripts && !s.file_cache_only);
        st.file_cache = (!s.file_cache.is_empty()).then(|| s.file_cache.clone());
        st.file_cache_only = s.file_cache_only;
        st.preload_statistics = self.preload_statistics();
        st
    }

    fn preload_statistics(&self) -> Option<PreloadStatistics> {
        if self.settings().preload.is_empty() {
            return None;
        }
        let mut p = PreloadStatistics::default();
        let preloaded = self.inner.preloaded.borrow();
        for script in preloaded.iter() {
            let v = script.view();
            let name = |r| String::from_utf8_lossy(v.str(r)).into_owned();
            p.memory_consumption += persisted_size(&v);
            p.classes.extend(
                v.class_table
                    .iter()
                    .map(|&c| name(v.classes[c as usize].name)),
            );
            p.scripts.push(name(v.filename));
        }
        // PHP lists the functions of the files the preload script pulled in before
        // its own (the classes in load order).
        for script in preloaded.iter().rev() {
            let v = script.view();
            p.functions.extend(v.functions.iter().map(|&f| {
                String::from_utf8_lossy(v.str(v.op_arrays[f as usize].name)).into_owned()
            }));
        }
        Some(p)
    }

    /// Swap `vm`'s `compile_file` hook (shared memory, then the file cache, then
    /// the previous hook), add the `opcache_*` functions and the `opcache.*` ini
    /// entries not set, and bind what preloading declared. Done for every request.
    pub fn install(&self, vm: &mut Vm) {
        crate::php::register_ini_defaults(vm);
        self.install_request(vm);
    }

    /// As [`install`](Self::install), for a VM whose settings already hold the
    /// extension's ini entries: a request's VM made from settings that `install`
    /// extended once (`WebIni::extend`, as an fpm worker does), where looking up each
    /// entry again was an eighth of a "Hello" request's instructions.
    pub fn install_request(&self, vm: &mut Vm) {
        let original = vm.compile_file_hook();
        crate::php::activate(vm, self, original.clone());
        for script in self.inner.preloaded.borrow().iter() {
            // A clash was reported when preloading ran; nothing more to say here.
            let _ = vm.declare_script(script.clone());
        }
        let cache = self.clone();
        vm.set_compile_file(Rc::new(move |vm: &mut Vm, path: &Path| {
            let script = cache.compile(vm, path, &original)?;
            cache.note_compiled(&script);
            Ok(cache.for_request(script))
        }));
    }

    /// `script` as a request loads it: a preloaded one binds no declarations (they
    /// are bound already, and PHP does not redeclare them either).
    pub(crate) fn for_request(&self, script: Rc<dyn LoadedScript>) -> Rc<dyn LoadedScript> {
        let preloaded = self.inner.preloaded.borrow();
        let name = script.view().filename();
        if preloaded.iter().any(|p| p.view().filename() == name) {
            Rc::new(AlreadyDeclared(script))
        } else {
            script
        }
    }

    /// The hook's work for one file.
    fn compile(
        &self,
        vm: &mut Vm,
        path: &Path,
        original: &CompileFile,
    ) -> Result<Rc<dyn LoadedScript>, CompileFailure> {
        let s = self.settings();
        if !s.file_cache_only {
            if let Some(hit) = self.fetch(path) {
                return Ok(Rc::new(hit));
            }
        }
        if self.blacklisted(path) {
            let h = self.header();
            h.misses.fetch_add(1, Ordering::Relaxed);
            h.blacklist_misses.fetch_add(1, Ordering::Relaxed);
            return original(vm, path);
        }
        // The mtime before compiling: a write during the compile is seen next time.
        let mtime = file_mtime(path);
        let images = self.image_key(path).zip(mtime);
        if let Some(((dir, key), m)) = &images {
            let checks = s.file_cache_consistency_checks;
            if let Some(image) = filecache::load_logged(dir, key, *m, checks) {
                if s.file_cache_only {
                    return Ok(Rc::new(image));
                }
                return Ok(match self.store_view(path, *m, &image.view()) {
                    Some(c) => Rc::new(c),
                    None => Rc::new(image),
                });
            }
        }
        let compiled = original(vm, path)?;
        if let Some(((dir, key), m)) = &images {
            if now() - m >= s.file_update_protection {
                filecache::store(dir, key, *m, &compiled.view());
            }
        }
        if s.file_cache_only {
            return Ok(compiled);
        }
        let cached = mtime.and_then(|m| self.store_view(path, m, &compiled.view()));
        Ok(match cached {
            Some(c) => Rc::new(c),
            None => compiled,
        })
    }

    fn blacklisted(&self, path: &Path) -> bool {
        let b = &self.inner.blacklist;
        !b.entries.is_empty()
            && b.matches(&std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }

    /// The file cache directory and the resolved path an image is keyed by.
    fn image_key(&self, path: &Path) -> Option<(PathBuf, PathBuf)> {
        let dir = &self.settings().file_cache;
        if dir.is_empty() {
            return None;
        }
        let key = std::fs::canonicalize(path).ok()?;
        Some((PathBuf::from(dir), key))
    }

    /// While preloading, keep an owned copy of each script the request loads.
    pub(crate) fn note_compiled(&self, script: &Rc<dyn LoadedScript>) {
        if let Some(list) = self.inner.recording.borrow_mut().as_mut() {
            list.push(Rc::new(to_script(&script.view())));
        }
    }

    /// `opcache.preload`: run `script` in `vm` (a fresh VM made as the SAPI makes
    /// its request VMs) with this cache installed; the functions declared by every
    /// file it loads or passes to `opcache_compile_file()` then exist in every
    /// request installed afterwards. Run it once, in the process that created the
    /// cache, and drop `vm` before forking. The preload script's exit status.
    pub fn preload(&self, vm: &mut Vm, script: &Path) -> i32 {
        *self.inner.recording.borrow_mut() = Some(Vec::new());
        self.install(vm);
        let hook = vm.compile_file_hook();
        let status = match hook(vm, script) {
            Ok(s) => vm.execute_loaded(s),
            Err(failure) => vm.compile_failed(failure, &script.to_string_lossy()),
        };
        let status = vm.finish(status);
        let recorded = self.inner.recording.borrow_mut().take().unwrap_or_default();
        self.inner.preloaded.borrow_mut().extend(recorded);
        status
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::script_of_size;
    use std::path::PathBuf;

    fn small() -> Settings {
        Settings {
            memory_consumption: 1 << 20,
            interned_strings_buffer: 4096,
            max_accelerated_files: 10,
            ..Settings::default()
        }
    }

    /// A temp dir with files `0.php` … `{n-1}.php`.
    fn files(tag: &str, n: usize) -> Vec<PathBuf> {
        let dir = std::env::temp_dir().join(format!("opcache-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        (0..n)
            .map(|i| {
                let p = dir.join(format!("{i}.php"));
                std::fs::write(&p, "<?php").unwrap();
                let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
                std::fs::File::options()
                    .write(true)
                    .open(&p)
                    .and_then(|f| f.set_modified(old))
                    .unwrap();
                p
            })
            .collect()
    }

    fn check_accounting(c: &OpCache) -> Status {
        let st = c.status(true);
        let m = &st.memory_usage;
        assert_eq!(
            m.used_memory + m.free_memory + m.wasted_memory,
            c.settings().memory_consumption
        );
        st
    }

    #[test]
    fn defaults_as_php() {
        let c = OpCache::new(Settings::default()).unwrap();
        let st = check_accounting(&c);
        assert_eq!(st.opcache_statistics.max_cached_keys, 16229);
        assert_eq!(st.interned_strings_usage.buffer_size, 8 << 20);
        assert!(
            st.memory_usage.used_memory > 8 << 20,
            "the buffer and table count as used"
        );
        assert!(matches!(
            OpCache::new(Settings {
                memory_consumption: 8 << 20,
                ..Settings::default()
            }),
            Err(SegmentError::TooSmall { .. })
        ));
    }

    #[test]
    fn hit_after_store_and_changed_mtime_is_wasted() {
        let c = OpCache::new(small()).unwrap();
        let f = files("hit", 1).remove(0);
        let script = script_of_size(5);
        assert!(c.lookup(&f, 100).is_none());
        let stored = c.store(&f, 100, &script).unwrap();
        assert_eq!(stored.view().ops, script.view().ops);
        let hit = c.lookup(&f, 100).unwrap();
        assert_eq!(
            miniphp_compiler::dump(hit.view()),
            miniphp_compiler::dump(script.view())
        );
        assert!(c.is_cached(&f));
        let st = check_accounting(&c);
        assert_eq!(
            (st.opcache_statistics.hits, st.opcache_statistics.misses),
            (1, 1)
        );
        assert_eq!(st.scripts.len(), 1);
        assert_eq!(st.scripts[0].hits, 1);
        assert_eq!(st.scripts[0].timestamp, 100);
        let size = st.scripts[0].memory_consumption;
        // Another mtime: stale, dropped, its bytes wasted; the key keeps its slot.
        assert!(c.lookup(&f, 101).is_none());
        let st = check_accounting(&c);
        assert_eq!(st.memory_usage.wasted_memory, size);
        assert!(!c.is_cached(&f));
        c.store(&f, 101, &script).unwrap();
        assert_eq!(c.status(false).opcache_statistics.num_cached_keys, 1);
        assert!(c.lookup(&f, 101).is_some());
    }

    #[test]
    fn invalidate_follows_php() {
        let c = OpCache::new(small()).unwrap();
        let f = files("inv", 1).remove(0);
        let mtime = file_mtime(&f).unwrap();
        c.store(&f, mtime, &script_of_size(1));
        assert!(c.invalidate(&f, false), "same mtime: true, but kept");
        assert!(c.is_cached(&f));
        assert!(c.invalidate(&f, true));
        assert!(!c.is_cached(&f));
        assert!(!c.invalidate(Path::new("/nonexistent/x.php"), true));
    }

    #[derive(Clone, Default)]
    struct Buf(Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// `<?php echo "hello from the segment\n";` compiled by hand.
    fn hello() -> Script {
        use miniphp_compiler::script::{Operand, OperandKind};
        use miniphp_compiler::{Literal, Op, OpArray, Opcode, Range, StrRef};
        let op = |opcode, value| Op {
            opcode,
            op1: Operand {
                kind: OperandKind::Const,
                value,
            },
            op2: Operand::default(),
            result: Operand::default(),
            extended_value: 0,
            lineno: 1,
        };
        Script {
            filename: StrRef { start: 0, len: 6 },
            strings: b"/t.phphello from the segment\n".to_vec(),
            literals: vec![
                Literal::String(StrRef { start: 6, len: 23 }),
                Literal::Long(1),
            ],
            ops: vec![op(Opcode::Echo, 0), op(Opcode::Return, 1)],
            op_arrays: vec![OpArray {
                ops: Range { start: 0, len: 2 },
                literals: Range { start: 0, len: 2 },
                line_start: 1,
                line_end: 1,
                ..OpArray::default()
            }],
            ..Script::default()
        }
    }

    fn run(script: Rc<dyn LoadedScript>) -> (i32, Vec<u8>) {
        let out = Buf::default();
        let mut vm = Vm::new(
            &miniphp_vm::IniOverrides::default(),
            Box::new(out.clone()),
            Box::new(std::io::sink()),
        );
        let status = vm.execute_loaded(script);
        let status = vm.finish(status);
        let bytes = out.0.borrow().clone();
        (status, bytes)
    }

    #[test]
    fn the_vm_runs_a_script_where_it_lies() {
        let c = OpCache::new(small()).unwrap();
        let f = files("run", 1).remove(0);
        let script = hello();
        let expected = run(Rc::new(script.clone()));
        assert_eq!(expected, (0, b"hello from the segment\n".to_vec()));
        c.store(&f, 1, &script).unwrap();
        let request = c.request().unwrap();
        let hit = c.lookup(&f, 1).unwrap();
        assert_eq!(run(Rc::new(hit)), expected);
        drop(request);
    }

    #[test]
    fn fresh_files_are_not_cached() {
        let c = OpCache::new(small()).unwrap();
        let f = files("fresh", 1).remove(0);
        assert!(c.store(&f, now(), &script_of_size(1)).is_none());
        assert!(!c.is_cached(&f));
        assert_eq!(c.status(false).opcache_statistics.misses, 1);
        assert!(c.store(&f, now() - 2, &script_of_size(1)).is_some());
    }

    #[test]
    fn extra_key_for_another_spelling() {
        let c = OpCache::new(small()).unwrap();
        let f = files("alias", 1).remove(0);
        let dir = f.parent().unwrap();
        let spelled = dir.join(".").join("0.php");
        c.store(&spelled, 1, &script_of_size(1)).unwrap();
        assert!(c.lookup(&spelled, 1).is_some(), "by the spelling");
        assert!(c.lookup(&f, 1).is_some(), "by the resolved path");
        let st = c.status(false).opcache_statistics;
        assert_eq!((st.num_cached_scripts, st.num_cached_keys), (1, 2));
    }

    #[test]
    fn full_cache_then_restart_when_nobody_reads() {
        let c = OpCache::new(Settings {
            memory_consumption: 64 << 10,
            interned_strings_buffer: 1024,
            ..small()
        })
        .unwrap();
        let fs = files("full", 10);
        let script = script_of_size(40);
        let mut stored = 0;
        for f in &fs {
            stored += c.store(f, 1, &script).is_some() as usize;
        }
        let st = check_accounting(&c);
        assert!(st.cache_full && stored < fs.len() && stored > 0);
        assert!(!st.restart_pending, "nothing wasted: no restart");
        let reading = c.lookup(&fs[stored - 1], 1).unwrap();
        // The other cached files change: their copies become waste, and with the
        // cache full and waste over 5 % an OOM restart is scheduled…
        for f in &fs[..stored - 1] {
            assert!(c.lookup(f, 2).is_none());
        }
        assert!(c.status(false).restart_pending);
        // …but not run while a script is in use.
        c.restart_if_pending();
        assert!(c.status(false).restart_pending);
        drop(reading);
        // The restart ran at the next entry point with no script held.
        assert!(c.lookup(&fs[0], 2).is_none());
        let st = check_accounting(&c);
        assert!(!st.restart_pending && !st.cache_full);
        assert_eq!(st.opcache_statistics.oom_restarts, 1);
        assert_eq!(st.opcache_statistics.num_cached_scripts, 0);
        assert_eq!(st.memory_usage.wasted_memory, 0);
    }

    #[test]
    fn manual_reset_waits_for_readers_in_this_process() {
        let c = OpCache::new(small()).unwrap();
        let f = files("reset", 1).remove(0);
        let held = c.store(&f, 1, &script_of_size(3)).unwrap();
        let before = held.view().ops.to_vec();
        assert!(c.reset());
        c.restart_if_pending();
        assert!(c.status(false).restart_pending, "a script is still in use");
        assert_eq!(held.view().ops, &before[..]);
        drop(held);
        c.restart_if_pending();
        let st = c.status(false);
        assert!(!st.restart_pending);
        assert_eq!(st.opcache_statistics.manual_restarts, 1);
        assert!(st.opcache_statistics.last_restart_time > 0);
        assert_eq!(
            (st.opcache_statistics.hits, st.opcache_statistics.misses),
            (0, 0)
        );
        assert!(!c.is_cached(&f));
    }

    #[test]
    fn a_script_keeps_its_key_until_it_changes_or_the_cache_restarts() {
        let c = OpCache::new(small()).unwrap();
        let other = OpCache::new(small()).unwrap();
        let f = files("key", 1).remove(0);
        let first = c.store(&f, 7, &script_of_size(2)).unwrap().key().unwrap();
        assert_eq!(c.lookup(&f, 7).unwrap().key(), Some(first));
        let elsewhere = other
            .store(&f, 7, &script_of_size(2))
            .unwrap()
            .key()
            .unwrap();
        assert_ne!(elsewhere.store, first.store, "another segment");
        // A changed file is stored anew at another offset.
        assert!(c.lookup(&f, 8).is_none());
        let changed = c.store(&f, 8, &script_of_size(2)).unwrap().key().unwrap();
        assert_ne!(changed, first);
        assert!(c.reset());
        c.restart_if_pending();
        let restarted = c.store(&f, 8, &script_of_size(2)).unwrap().key().unwrap();
        assert_eq!(restarted.epoch, first.epoch + 1);
    }

    /// A VM whose original hook builds `script_of_size(2)`, counting its calls.
    fn counting_vm() -> (Vm, Rc<Cell<u32>>) {
        let mut vm = Vm::new(
            &miniphp_vm::IniOverrides::default(),
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
        );
        let compiles = Rc::new(Cell::new(0));
        let counter = compiles.clone();
        vm.set_compile_file(Rc::new(move |_vm: &mut Vm, _path: &Path| {
            counter.set(counter.get() + 1);
            Ok(Rc::new(script_of_size(2)) as Rc<dyn LoadedScript>)
        }));
        (vm, compiles)
    }

    #[test]
    fn file_cache_outlives_the_segment() {
        let dir = std::env::temp_dir().join(format!("opcache-fcache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let f = files("fcache", 1).remove(0);
        let with = |only: bool| Settings {
            file_cache: dir.to_string_lossy().into_owned(),
            file_cache_only: only,
            ..small()
        };
        for (only, compiles_expected) in [(false, 1), (false, 0), (true, 0)] {
            // A new cache each time: a new process with an empty segment.
            let c = OpCache::new(with(only)).unwrap();
            let (mut vm, compiles) = counting_vm();
            c.install(&mut vm);
            let hook = vm.compile_file_hook();
            let s = hook(&mut vm, &f).ok().unwrap();
            assert_eq!(s.view().ops, script_of_size(2).view().ops);
            assert_eq!(compiles.get(), compiles_expected, "file_cache_only={only}");
            assert_eq!(
                c.is_cached(&f),
                !only,
                "copied into shared memory unless only"
            );
        }
        let c = OpCache::new(with(true)).unwrap();
        assert!(c.invalidate(&f, false));
        let (mut vm, compiles) = counting_vm();
        c.install(&mut vm);
        let hook = vm.compile_file_hook();
        assert!(hook(&mut vm, &f).is_ok());
        assert_eq!(compiles.get(), 1, "opcache_invalidate removed the image");
        let _ = std::fs::remove_dir_all(&dir);
    }

    struct Discard;

    impl miniphp_vm::HttpResponse for Discard {
        fn headers(&mut self, _: u16, _: &[Vec<u8>]) -> std::io::Result<()> {
            Ok(())
        }
        fn body(&mut self, _: &[u8]) -> std::io::Result<()> {
            Ok(())
        }
        fn log(&mut self, _: &[u8]) {}
        fn finish(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_request_vm_from_settings_install_extended_needs_only_install_request() {
        let c = OpCache::new(small()).unwrap();
        let mut ini = miniphp_vm::WebIni::new(&miniphp_vm::IniOverrides::default());
        ini.extend(|vm| c.install(vm));
        let request = || miniphp_vm::HttpRequest {
            params: Vec::new(),
            body: Box::new(std::io::empty()),
        };
        let mut vm = Vm::new_http_with(&ini, request(), Box::new(Discard));
        c.install_request(&mut vm);
        for (name, default) in crate::settings::INI_DEFAULTS {
            assert_eq!(vm.ini_get(name), Some(*default), "{name}");
        }
        assert!(vm.function_exists(b"opcache_get_status"));
        // Without them in its settings, a VM gets only the functions.
        let plain = miniphp_vm::WebIni::new(&miniphp_vm::IniOverrides::default());
        let mut vm = Vm::new_http_with(&plain, request(), Box::new(Discard));
        c.install_request(&mut vm);
        assert!(vm.function_exists(b"opcache_get_status"));
        assert_eq!(vm.ini_get("opcache.max_wasted_percentage"), None);
    }

    #[test]
    fn installed_hook_calls_the_original_only_on_a_miss() {
        let (mut vm, compiles) = counting_vm();
        let c = OpCache::new(small()).unwrap();
        c.install(&mut vm);
        let f = files("hook", 1).remove(0);
        let hook = vm.compile_file_hook();
        for _ in 0..3 {
            let s = hook(&mut vm, &f).ok().unwrap();
            assert_eq!(s.view().ops, script_of_size(2).view().ops);
        }
        assert_eq!(compiles.get(), 1);
        let st = c.status(false).opcache_statistics;
        assert_eq!((st.hits, st.misses), (2, 1));
    }
}
