//! Executing the CPU-bound programs in benches/programs (recursion, loops,
//! array and string work) from source to exit, output discarded.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use miniphp_vm::IniOverrides;

fn execute(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("benches/programs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "php"))
        .collect();
    programs.sort();
    let mut group = c.benchmark_group("execute");
    group.sample_size(10);
    for path in programs {
        let name = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let file = path.to_string_lossy().into_owned();
        group.bench_function(name, |b| {
            b.iter(|| {
                miniphp_vm::run_file(
                    &file,
                    vec![file.clone()],
                    IniOverrides::default(),
                    Box::new(std::io::sink()),
                    Box::new(std::io::sink()),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, execute);
criterion_main!(benches);
