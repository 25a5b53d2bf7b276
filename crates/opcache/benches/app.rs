//! A framework-like request (benches/app: index.php requiring 40 modules) run in a
//! fresh VM, as a worker serves it: compiled every time (no cache), against served
//! from a warm cache (every file a hit, executed where it lies in the segment).

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};
use miniphp_opcache::{OpCache, Settings};
use miniphp_vm::{run_with, IniOverrides, Main};

fn request(index: &str, setup: &mut dyn FnMut(&mut miniphp_vm::Vm)) -> i32 {
    run_with(
        Main::File(index),
        vec![index.to_string()],
        IniOverrides::default(),
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
        setup,
    )
}

fn app(c: &mut Criterion) {
    let index = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../benches/app/index.php");
    let index = std::fs::canonicalize(&index).expect("benches/app/index.php");
    let index = index.to_string_lossy().into_owned();
    let cache = OpCache::new(Settings {
        memory_consumption: 32 << 20,
        file_update_protection: 0,
        revalidate_freq: 60,
        ..Settings::default()
    })
    .expect("segment");
    assert_eq!(request(&index, &mut |vm| cache.install(vm)), 0);
    let mut group = c.benchmark_group("app_request");
    group.bench_function("no_cache", |b| b.iter(|| request(&index, &mut |_| {})));
    group.bench_function("cache_hit", |b| {
        b.iter(|| request(&index, &mut |vm| cache.install(vm)))
    });
    group.finish();
    let st = cache.status(false).opcache_statistics;
    assert_eq!(st.num_cached_scripts, 41, "index.php and its 40 modules");
    assert_eq!(st.misses, 41);
}

criterion_group!(benches, app);
criterion_main!(benches);
