//! Cost of a cache hit against the script's size (1 KB to 1 MB once persisted):
//! `persist::load` builds the view in place, so it should stay flat. The same
//! scripts deep-copied (what a deserialising cache would do) are the contrast.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use miniphp_opcache::persist::persisted_size;
use miniphp_opcache::sample::script_of_size;
use miniphp_opcache::{OpCache, Settings};
use miniphp_vm::LoadedScript;

fn load(c: &mut Criterion) {
    let cache = OpCache::new(Settings {
        memory_consumption: 16 << 20,
        revalidate_freq: 3600,
        ..Settings::default()
    })
    .expect("segment");
    let mut group = c.benchmark_group("opcache_hit");
    for target in [1u64 << 10, 16 << 10, 256 << 10, 1 << 20] {
        // The smallest sample script at least `target` bytes once persisted.
        let mut n = 1;
        while persisted_size(&script_of_size(n).view()) < target {
            n *= 2;
        }
        let script = script_of_size(n);
        let size = persisted_size(&script.view());
        let path = format!("/bench/{size}.php");
        let stored = cache.store(Path::new(&path), 1, &script);
        assert!(stored.is_some(), "stored");
        drop(stored);
        group.bench_with_input(BenchmarkId::new("lookup", size), &path, |b, path| {
            b.iter(|| cache.lookup(Path::new(path), 1).map(|s| s.view().ops.len()))
        });
        group.bench_with_input(BenchmarkId::new("deep_copy", size), &script, |b, s| {
            b.iter(|| s.clone())
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
