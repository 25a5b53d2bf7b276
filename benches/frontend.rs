//! Lexing, parsing and compiling a generated ~1 MB PHP file of functions,
//! reported as throughput (bytes of source per second). Each stage includes
//! the ones before it (`parse` lexes, `compile` lexes and parses), as
//! `miniphp -l` runs them.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

/// About 1 MB of small functions, each with a loop, a branch, an array and
/// string work (the shape `benches/compare.sh` gives `php -l` too).
fn large_source() -> String {
    let mut src = String::from("<?php\n");
    for i in 0..5200 {
        src.push_str(&format!(
            "function f{i}(int $a, array $xs = []): string {{\n    \
             $s = \"f{i}:\" . $a;\n    \
             foreach ($xs as $k => $v) {{ if ($v > {m}) {{ $s .= \"[$k=$v]\"; }} else {{ $s .= $v * 2; }} }}\n    \
             return strtoupper($s) . sprintf(\"%05d\", $a + {i});\n}}\n",
            m = i % 97
        ));
    }
    src
}

fn frontend(c: &mut Criterion) {
    let src = large_source();
    let bytes = src.as_bytes();
    let mut group = c.benchmark_group("frontend");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(10);
    group.bench_function("lex", |b| {
        b.iter(|| miniphp_lexer::tokenize_for_parser(black_box(bytes), Default::default()))
    });
    group.bench_function("parse", |b| {
        b.iter(|| miniphp_parser::parse(black_box(bytes), Default::default()))
    });
    group.bench_function("compile", |b| {
        b.iter(|| miniphp_vm::include::compile_source(black_box(bytes), "large.php"))
    });
    group.finish();
}

criterion_group!(benches, frontend);
criterion_main!(benches);
