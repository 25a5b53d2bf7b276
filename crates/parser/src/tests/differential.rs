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

/// A few cut points of a source, spread over it (deterministic).
fn cut_points(len: usize) -> impl Iterator<Item = usize> {
    let mut seed = len as u64 ^ 0x9e37_79b9_7f4a_7c15;
    (0..4).map(move |_| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % (len as u64 + 1)) as usize
    })
}

/// `src` truncated at a few points, and with a few short byte ranges deleted: mostly
/// invalid programs, which the fast parser must decline.
fn mutations(src: &[u8]) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    let cuts = cut_points(src.len()).map(|at| (format!("cut at {at}"), src[..at].to_vec()));
    let deletions = cut_points(src.len() / 2 + 7).map(move |at| {
        let at = at.min(src.len());
        let end = (at + 1 + at % 7).min(src.len());
        let mut v = src[..at].to_vec();
        v.extend_from_slice(&src[end..]);
        (format!("{at}..{end} deleted"), v)
    });
    cuts.chain(deletions)
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
        for (how, mutated) in mutations(&src) {
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
    let mut tally = Tally::default();
    let mut mutated = Tally::default();
    for path in &files {
        if let Some(src) = php_source(path) {
            let name = path.display().to_string();
            tally.check(&name, &src);
            let mutate = std::env::var("MINIPHP_PARSE_SWEEP_MUTATE").map_or(true, |v| v != "0");
            for (how, m) in mutations(&src).filter(|_| mutate) {
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
