//! Forked workers sharing one segment (harness = false: the process stays
//! single-threaded, so forking it is sound). Scripts are built by hand with
//! `sample::script_of_size` until the parser lands; the VM's compile hook is the
//! real one swapped by `OpCache::install`, over a counting "compiler".

use std::cell::Cell;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, SystemTime};

use miniphp_opcache::persist;
use miniphp_opcache::pool::{self, Finished};
use miniphp_opcache::sample::script_of_size;
use miniphp_opcache::{OpCache, Settings, Status};
use miniphp_vm::{IniOverrides, LoadedScript, Vm};
use nix::sys::signal::Signal;

/// The script file `p` compiles to: its size follows its number.
fn expected(p: &Path) -> miniphp_compiler::Script {
    let n: u32 = p
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    script_of_size(5 + n % 20)
}

fn app(tag: &str, n: usize) -> Vec<PathBuf> {
    let dir = std::env::temp_dir().join(format!("opcache-mp-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    (0..n)
        .map(|i| {
            let p = dir.join(format!("{i}.php"));
            std::fs::write(&p, "<?php").unwrap();
            set_mtime(&p, 1_700_000_000);
            p
        })
        .collect()
}

fn set_mtime(p: &Path, secs: u64) {
    let f = File::options().write(true).open(p).unwrap();
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
        .unwrap();
}

/// A VM whose original hook "compiles" by building the expected script, counting.
fn vm_with(cache: &OpCache) -> (Vm, Rc<Cell<u32>>) {
    let mut vm = Vm::new(
        &IniOverrides::default(),
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    let compiles = Rc::new(Cell::new(0));
    let counter = compiles.clone();
    vm.set_compile_file(Rc::new(move |_vm: &mut Vm, path: &Path| {
        counter.set(counter.get() + 1);
        Ok(Rc::new(expected(path)) as Rc<dyn LoadedScript>)
    }));
    cache.install(&mut vm);
    (vm, compiles)
}

/// A worker's job: load every file `rounds` times through the hook, check each
/// script is the right one, write how many compiles it did.
fn load_all(cache: &OpCache, files: &[PathBuf], rounds: usize, out: &mut File) -> i32 {
    let (mut vm, compiles) = vm_with(cache);
    let hook = vm.compile_file_hook();
    for _ in 0..rounds {
        for f in files {
            let Ok(s) = hook(&mut vm, f) else { return 2 };
            let want = expected(f);
            if s.view().ops != want.view().ops
                || miniphp_compiler::dump(s.view()) != miniphp_compiler::dump(want.view())
            {
                return 3;
            }
        }
    }
    let _ = write!(out, "{}", compiles.get());
    0
}

fn compiles(done: &[Finished]) -> u64 {
    done.iter()
        .map(|f| {
            assert!(f.succeeded(), "worker {:?}", f.status);
            String::from_utf8_lossy(&f.output).parse::<u64>().unwrap()
        })
        .sum()
}

fn consistent(cache: &OpCache) -> Status {
    let st = cache.status(true);
    let m = &st.memory_usage;
    assert_eq!(
        m.used_memory + m.free_memory + m.wasted_memory,
        cache.settings().memory_consumption
    );
    // Live scripts are among the direct keys (invalidated ones keep their key).
    assert!(st.scripts.len() as u64 <= st.opcache_statistics.num_cached_scripts);
    st
}

fn settings() -> Settings {
    Settings {
        memory_consumption: 4 << 20,
        interned_strings_buffer: 64 << 10,
        revalidate_freq: 0,
        ..Settings::default()
    }
}

fn compiled_once_then_hits() {
    let cache = OpCache::new(settings()).unwrap();
    let files = app("once", 8);
    // One worker warms the cache, then 4 run concurrently: all hits.
    assert_eq!(
        compiles(&pool::run(1, |_, out| load_all(&cache, &files, 1, out)).unwrap()),
        8
    );
    let done = pool::run(4, |_, out| load_all(&cache, &files, 3, out)).unwrap();
    assert_eq!(compiles(&done), 0, "every later load is a hit");
    let st = consistent(&cache);
    assert_eq!(st.opcache_statistics.misses, 8);
    assert_eq!(st.opcache_statistics.hits, 4 * 3 * 8);
    assert_eq!(st.opcache_statistics.num_cached_scripts, 8);
    assert_eq!(st.scripts.iter().map(|s| s.hits).sum::<u64>(), 96);

    // A cold start with 4 concurrent workers: a file may be compiled by two
    // workers racing, but it is stored once (re-checked under the lock).
    let cache = OpCache::new(settings()).unwrap();
    let done = pool::run(4, |_, out| load_all(&cache, &files, 3, out)).unwrap();
    let n = compiles(&done);
    let st = consistent(&cache);
    assert!((8..=32).contains(&n));
    assert_eq!(st.opcache_statistics.misses, n);
    assert_eq!(st.opcache_statistics.hits + n, 4 * 3 * 8);
    assert_eq!(st.opcache_statistics.num_cached_scripts, 8);
    assert_eq!(st.memory_usage.wasted_memory, 0, "no copy stored twice");
    println!("compiled_once_then_hits: ok ({n} compiles in the cold race)");
}

fn modified_file_recompiled_once() {
    let cache = OpCache::new(settings()).unwrap();
    let files = app("mtime", 5);
    compiles(&pool::run(1, |_, out| load_all(&cache, &files, 1, out)).unwrap());
    let old = consistent(&cache);
    let old_size = old
        .scripts
        .iter()
        .find(|s| s.full_path.ends_with("/3.php"))
        .unwrap()
        .memory_consumption;
    set_mtime(&files[3], 1_700_000_100);
    assert_eq!(
        compiles(&pool::run(1, |_, out| load_all(&cache, &files, 1, out)).unwrap()),
        1
    );
    assert_eq!(
        compiles(&pool::run(3, |_, out| load_all(&cache, &files, 2, out)).unwrap()),
        0
    );
    let st = consistent(&cache);
    assert_eq!(
        st.memory_usage.wasted_memory, old_size,
        "the old copy is wasted"
    );
    assert_eq!(st.opcache_statistics.misses, 6);
    assert_eq!(st.opcache_statistics.num_cached_scripts, 5);
    let s3 = st
        .scripts
        .iter()
        .find(|s| s.full_path.ends_with("/3.php"))
        .unwrap();
    assert_eq!(s3.timestamp, 1_700_000_100);
    println!("modified_file_recompiled_once: ok");
}

fn killed_lock_holder_does_not_deadlock() {
    let cache = OpCache::new(settings()).unwrap();
    let files = app("kill", 6);
    let mut holder = pool::spawn(|out| {
        let _lock = cache.write_lock().unwrap();
        let _ = out.write_all(b"L");
        let _ = out.flush();
        std::thread::sleep(Duration::from_secs(120));
        0
    })
    .unwrap();
    let mut locked = [0u8];
    holder.read_exact(&mut locked).unwrap();
    // These need the lock to store; they block until the holder dies.
    let others: Vec<_> = (0..3)
        .map(|_| pool::spawn(|out| load_all(&cache, &files, 2, out)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    holder.signal(Signal::SIGKILL).unwrap();
    let killed = holder.finish().unwrap();
    assert!(matches!(
        killed.status,
        nix::sys::wait::WaitStatus::Signaled(_, Signal::SIGKILL, _)
    ));
    let done: Vec<Finished> = others.into_iter().map(|w| w.finish().unwrap()).collect();
    let n = compiles(&done);
    let st = consistent(&cache);
    assert_eq!(st.opcache_statistics.num_cached_scripts, 6);
    assert_eq!(st.opcache_statistics.hits + n, 3 * 2 * 6);
    println!("killed_lock_holder_does_not_deadlock: ok");
}

/// A writer killed after copying a script into the segment but before publishing
/// it: the copy stays invisible (its bytes are only used), nothing is corrupt.
fn killed_mid_write_leaves_nothing_visible() {
    let cache = OpCache::new(settings()).unwrap();
    let files = app("midwrite", 4);
    let before = consistent(&cache).memory_usage.free_memory;
    let mut writer = pool::spawn(|out| {
        let _lock = cache.write_lock().unwrap();
        let bogus = script_of_size(500);
        if persist::persist(cache.segment(), &bogus.view(), 1_700_000_000).is_none() {
            return 4;
        }
        let _ = out.write_all(b"W");
        let _ = out.flush();
        std::thread::sleep(Duration::from_secs(120));
        0
    })
    .unwrap();
    let mut wrote = [0u8];
    writer.read_exact(&mut wrote).unwrap();
    writer.signal(Signal::SIGKILL).unwrap();
    writer.finish().unwrap();
    let st = consistent(&cache);
    assert!(st.memory_usage.free_memory < before, "the bytes were taken");
    assert_eq!(
        st.opcache_statistics.num_cached_scripts, 0,
        "but never published"
    );
    let done = pool::run(3, |_, out| load_all(&cache, &files, 2, out)).unwrap();
    let n = compiles(&done);
    let st = consistent(&cache);
    assert_eq!(st.opcache_statistics.num_cached_scripts, 4);
    assert_eq!(st.opcache_statistics.hits + n, 3 * 2 * 4);
    println!("killed_mid_write_leaves_nothing_visible: ok");
}

fn tiny_segment_restarts() {
    let cache = OpCache::new(Settings {
        memory_consumption: 192 << 10,
        interned_strings_buffer: 2 << 10,
        max_accelerated_files: 50,
        revalidate_freq: 0,
        ..Settings::default()
    })
    .unwrap();
    let files = app("tiny", 80);
    compiles(&pool::run(3, |_, out| load_all(&cache, &files, 2, out)).unwrap());
    let full = consistent(&cache);
    assert!(full.cache_full, "{full:?}");
    assert!(full.opcache_statistics.num_cached_scripts < 80);
    for (i, f) in files.iter().enumerate() {
        set_mtime(f, 1_700_001_000 + i as u64);
    }
    // Stale copies become waste; with the cache full a restart is scheduled and
    // runs when no worker holds scripts; every load still gets the right script.
    compiles(&pool::run(3, |_, out| load_all(&cache, &files, 2, out)).unwrap());
    compiles(&pool::run(1, |_, out| load_all(&cache, &files, 1, out)).unwrap());
    let st = consistent(&cache);
    let restarts = st.opcache_statistics.oom_restarts + st.opcache_statistics.hash_restarts;
    assert!(restarts >= 1, "{st:?}");
    println!("tiny_segment_restarts: ok ({restarts} restarts)");
}

/// benches/app (index.php and 40 modules) through the real compiler and VM: run
/// `requests` times in fresh VMs with the cache installed, the output to `out`.
fn serve_app(cache: Option<&OpCache>, requests: usize, out: &File) -> i32 {
    let index = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/app/index.php");
    let index = std::fs::canonicalize(index).unwrap();
    let index = index.to_string_lossy().into_owned();
    for _ in 0..requests {
        let status = miniphp_vm::run_with(
            miniphp_vm::Main::File(&index),
            vec![index.clone()],
            IniOverrides::default(),
            Box::new(out.try_clone().unwrap()),
            Box::new(std::io::sink()),
            &mut |vm| {
                if let Some(c) = cache {
                    c.install(vm)
                }
            },
        );
        if status != 0 {
            return status;
        }
    }
    0
}

fn real_app_in_workers() {
    let cache = OpCache::new(Settings {
        file_update_protection: 0,
        ..settings()
    })
    .unwrap();
    let uncached = pool::run(1, |_, out| serve_app(None, 1, out)).unwrap();
    let page = uncached[0].output.clone();
    assert!(
        page.starts_with(b"pages: "),
        "{}",
        String::from_utf8_lossy(&page)
    );
    let first = pool::run(1, |_, out| serve_app(Some(&cache), 1, out)).unwrap();
    let done = pool::run(4, |_, out| serve_app(Some(&cache), 3, out)).unwrap();
    for w in first.iter().chain(&done) {
        assert!(w.succeeded(), "{:?}", w.status);
        assert_eq!(w.output, page.repeat(w.output.len() / page.len().max(1)));
    }
    let st = consistent(&cache);
    let s = &st.opcache_statistics;
    assert_eq!(
        (s.num_cached_scripts, s.misses),
        (41, 41),
        "compiled once in total"
    );
    assert_eq!(s.hits, 4 * 3 * 41, "every other load a hit");
    assert!(st.interned_strings_usage.number_of_strings > 100);
    println!("real_app_in_workers: ok (41 files, {} hits)", s.hits);
}

fn main() {
    // A deadlock fails the test instead of hanging it.
    nix::unistd::alarm::set(120);
    compiled_once_then_hits();
    real_app_in_workers();
    modified_file_recompiled_once();
    killed_lock_holder_does_not_deadlock();
    killed_mid_write_leaves_nothing_visible();
    tiny_segment_restarts();
}
