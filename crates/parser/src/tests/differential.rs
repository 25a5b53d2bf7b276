//! The fast parser against the grammar: wherever the fast parser gives a result, the
//! grammar gives the same one (tree, diagnostics and errors alike); where the grammar
//! fails, the fast parser must not succeed. Run over every PHP source of tests/php (and
//! its truncations), the parser's own snippets, and, with `MINIPHP_PARSE_SWEEP=dir:dir…`,
//! any tree (`cargo test -p miniphp-parser sweep -- --ignored --nocapture`).

use std::path::{Path, PathBuf};

use crate::{parse_with, Engine, ParseOptions};

#[derive(Default, Debug)]
struct Tally {
    taken: usize,
    declined: usize,
    mismatches: Vec<String>,
}

impl Tally {
    /// Compares both parsers on `src` (named `what` in a mismatch report).
    fn check(&mut self, what: &str, src: &[u8]) {
        let opts = ParseOptions::default();
        let Some(fast) = parse_with(src, opts, Engine::FastOnly) else {
            self.declined += 1;
            return;
        };
        self.taken += 1;
        let reference = parse_with(src, opts, Engine::Grammar);
        if reference.as_ref() != Some(&fast) {
            self.mismatches.push(what.to_string());
        }
    }
}

/// The PHP code of a file: a .phpt file's `--FILE--` section, a .php file whole.
fn php_source(path: &Path) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    if path.extension().is_some_and(|e| e != "phpt") {
        return Some(bytes);
    }
    let text = String::from_utf8_lossy(&bytes);
    let start = text.find("--FILE--\n")? + "--FILE--\n".len();
    let rest = &text[start..];
    let end = rest
        .match_indices("\n--")
        .find(|(at, _)| {
            let line = rest[at + 1..].lines().next().unwrap_or("");
            line.len() > 4
                && line.ends_with("--")
                && line[2..line.len() - 2]
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'_')
        })
        .map_or(rest.len(), |(at, _)| at + 1);
    Some(rest.as_bytes()[..end].to_vec())
}

fn php_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            php_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "php" || e == "phpt" || e == "inc")
        {
            out.push(path);
        }
    }
}

/// `n` points of `0..=len`, spread over it (deterministic).
fn points(len: usize, n: usize) -> impl Iterator<Item = usize> {
    let mut seed = len as u64 ^ 0x9e37_79b9_7f4a_7c15;
    (0..n).map(move |_| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % (len as u64 + 1)) as usize
    })
}

/// `src` truncated at `n` points, with `n` short byte ranges deleted and `n` repeated:
/// mostly invalid programs, which the fast parser must decline.
fn mutations(src: &[u8], n: usize) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    let len = src.len();
    let cuts = points(len, n).map(|at| (format!("cut at {at}"), src[..at].to_vec()));
    let range = move |at: usize| (at.min(len), (at + 1 + at % 7).min(len));
    let deletions = points(len / 2 + 7, n).map(move |at| {
        let (at, end) = range(at);
        let mut v = src[..at].to_vec();
        v.extend_from_slice(&src[end..]);
        (format!("{at}..{end} deleted"), v)
    });
    let repeats = points(len / 3 + 11, n).map(move |at| {
        let (at, end) = range(at);
        let mut v = src[..end].to_vec();
        v.extend_from_slice(&src[at..]);
        (format!("{at}..{end} repeated"), v)
    });
    cuts.chain(deletions).chain(repeats)
}

#[test]
fn fast_parser_agrees_on_tests_php() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/php");
    let mut files = Vec::new();
    php_files(&root, &mut files);
    assert!(files.len() > 500, "tests/php not found at {root:?}");
    let mut whole = Tally::default();
    let mut cut = Tally::default();
    for path in &files {
        let Some(src) = php_source(path) else {
            continue;
        };
        let name = path.display().to_string();
        whole.check(&name, &src);
        for (how, mutated) in mutations(&src, 4) {
            cut.check(&format!("{name} {how}"), &mutated);
        }
    }
    eprintln!("tests/php: {whole:?}\nmutated: {cut:?}");
    assert!(whole.mismatches.is_empty(), "{:?}", whole.mismatches);
    assert!(cut.mismatches.is_empty(), "{:?}", cut.mismatches);
    assert!(whole.taken > whole.declined, "{whole:?}");
}

#[test]
fn fast_parser_agrees_on_snippets() {
    let mut tally = Tally::default();
    let snippets = super::constructs::VALID.iter().copied();
    let errors = super::errors::CORPUS.iter().map(|c| c.1);
    for src in snippets.chain(errors) {
        tally.check(src, src.as_bytes());
    }
    eprintln!("snippets: {tally:?}");
    assert!(tally.mismatches.is_empty(), "{:?}", tally.mismatches);
}

#[test]
#[ignore = "reads MINIPHP_PARSE_SWEEP (e.g. /tmp/php-src/Zend/tests)"]
fn sweep() {
    let Ok(dirs) = std::env::var("MINIPHP_PARSE_SWEEP") else {
        return;
    };
    let mut files = Vec::new();
    for dir in dirs.split(':') {
        php_files(Path::new(dir), &mut files);
    }
    // mutations of each kind per file (MINIPHP_PARSE_SWEEP_MUTATE, 4 by default)
    let per_file = std::env::var("MINIPHP_PARSE_SWEEP_MUTATE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let mut tally = Tally::default();
    let mut mutated = Tally::default();
    for path in &files {
        if let Some(src) = php_source(path) {
            let name = path.display().to_string();
            tally.check(&name, &src);
            for (how, m) in mutations(&src, per_file) {
                mutated.check(&format!("{name} {how}"), &m);
            }
        }
    }
    eprintln!("mutated: {mutated:#?}");
    eprintln!(
        "{} files: taken {}, declined {}, mismatches {}",
        files.len(),
        tally.taken,
        tally.declined,
        tally.mismatches.len()
    );
    assert!(tally.mismatches.is_empty(), "{:#?}", tally.mismatches);
    assert!(mutated.mismatches.is_empty());
}

#[test]
fn deep_nesting_is_declined_not_overflowed() {
    let opts = ParseOptions::default();
    let deep = [
        format!("<?php {}1{};", "(".repeat(5000), ")".repeat(5000)),
        format!("<?php {}$a;", "!".repeat(5000)),
        format!("<?php $a{};", " ?? $a".repeat(5000)),
        format!("<?php {}{}", "{".repeat(5000), "}".repeat(5000)),
        format!("<?php $a = {}1{};", "[".repeat(5000), "]".repeat(5000)),
    ];
    for src in &deep {
        assert_eq!(parse_with(src.as_bytes(), opts, Engine::FastOnly), None);
    }
    let shallow = format!("<?php {}1{};", "(".repeat(20), ")".repeat(20));
    assert!(matches!(
        parse_with(shallow.as_bytes(), opts, Engine::FastOnly),
        Some(Ok(_))
    ));
}

/// Corners of the grammar: each must be taken by the fast parser and give the grammar's
/// tree (or its fatal error: nested ternaries, `(unset)`, `Cannot use empty list`…).
const CORNERS: &[&str] = &[
    "<?php !$a = f(); $a && $b = 1; $a + $b = 3 + 4; $x = $a ?? throw new E;",
    "<?php $a = 1 and 2; $a or $b = 1 and 2; print 1 . 2 or 3; $a = print 1;",
    "<?php -$a ** 2; 2 ** -1; -!$a; !$a instanceof B; -$a instanceof B; @$a + 1;",
    "<?php $a = &$b + 1; $a = &f(); $a = &$b->c[0]; [$a, [$b]] = $c; [, $a] = $b;",
    "<?php 1 ? 2 : 3 ? 4 : 5;",
    "<?php 1 ?: 2 ?: 3; (1 ? 2 : 3) ? 4 : 5; 1 ? 2 : (3 ? 4 : 5);",
    "<?php 1 < 2 == 3 > 4; 1 == 2 && 3 == 4; $a ?? $b ?? $c; $a . $b + $c << 2;",
    "<?php (unset) $a;",
    "<?php [] = $a;",
    "<?php list() = $a;",
    "<?php foreach ($a as &$k => $v) {}",
    "<?php try { }",
    "<?php new Foo(...);",
    "<?php class A { public public $a; }",
    "<?php echo 1; __halt_compiler(); ( junk",
    "<?php $a{0};",
    "<?php echo \"${a}\", \"${a[0]}\", \"${a . b}\", \"$a[-1] $a[01] $a[x] $a[$i] $a->b $a?->b {$a->b()}\";",
    "<?php echo <<<A\n  x $a {$b[1]}\n  A . <<<'B'\n  raw $x\n  B;\n",
    "<?php echo `a $b`, ``, `c`;",
    "<?php new static; new static::$a; new $a->b['c']::$d; new (f()); new class {}; new #[A] class(1) extends B {};",
    "<?php A::$b(); A::{'b'}(); $a::$b[0](); static::f(); A::class; $a::class; A::B::C; A::B[0]; FOO[0]; FOO->x;",
    "<?php __LINE__[0]; 'abc'[0](); [1][0]; (new A)->b()?->c; $a->b->c(...); strlen(...); A::f(...);",
    "<?php f(x: 1, array: 2, ...$c); f(yield, yield $a, yield $k => $v); $a = yield; $b = yield from g();",
    "<?php #[A(1, b: 2), B] #[C] function f(#[D] int|string $a, (A&B)|null $b, A&B $c, &...$d): static|null {}",
    "<?php $f = #[A] static fn&(?int $x = null): ?int => $x; $g = #[B] function &() use (&$a, $b,): void {};",
    "<?php abstract class A extends B implements C, D { use T, U { T::f insteadof U; U::f as protected g; f as h; f as private; } }",
    "<?php enum E: string implements I { case A = 'a'; #[X] case B = 'b'; const C = self::A; public function f(): static { return $this; } }",
    "<?php interface I extends J, K { const X = 1; public static function f(int ...$a): ?self; }",
    "<?php final readonly class A { public function __construct(private readonly int $a, protected ?B $b = new B) {} }",
    "<?php namespace A\\B; use C, D\\E as F; use function G\\h; use const I\\J; use K\\{L, M as N, function o, const P};",
    "<?php namespace { echo 1; } namespace A { const B = 1; }",
    "<?php declare(strict_types=1); declare(ticks=1) { f(); } declare(ticks=1): f(); enddeclare; declare(ticks=1);",
    "<?php if ($a): f(); elseif ($b): g(); else: h(); endif; while (1): endwhile; for (;;): endfor; foreach ($a as $b): endforeach;",
    "<?php switch ($a): case 1; default: endswitch; switch ($a) { ; case 1: f(); }",
    "<?php if ($a) if ($b) f(); else g(); elseif ($c) h();",
    "<?php do f(); while (0); a: goto a; static $a = 1, $b; global $c, $$d; unset($a, $b,); echo 1, 2 ?>x<?= 3;",
    "<?php $x = match ($a) { 1, 2, => 3, default, => 4, }; $y = match ($b) {};",
    "<?php $a = [1, 'k' => 2, ...$b, &$c, 'l' => &$d, list($e), 'm' => list($f, , $g)];",
    "<?php isset($a, $b,); empty($a); eval('1;'); exit; exit(); die(1); clone $a; include 'a' . 'b'; require_once __DIR__;",
    "<?php $a->list = 1; $a->class; A::list(); $a = 0x1F + 0b11 + 0o17 + 1_000 + 1e3 + .5 + 9223372036854775808;",
];

#[test]
fn fast_parser_takes_the_corners() {
    let opts = ParseOptions::default();
    for src in CORNERS {
        let fast = parse_with(src.as_bytes(), opts, Engine::FastOnly);
        assert!(fast.is_some(), "declined: {src:?}");
        assert_eq!(
            fast,
            parse_with(src.as_bytes(), opts, Engine::Grammar),
            "{src:?}"
        );
    }
}
