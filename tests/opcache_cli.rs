//! `miniphp` with the opcache on (`-d opcache.enable_cli=1`): what the .phpt
//! runner cannot show, because it turns the file cache off for every test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

fn miniphp(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_miniphp"))
        .args(args)
        .output()
        .expect("start miniphp")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh temp dir holding `main.php` (which includes `lib.php`) with an old
/// mtime, so that file_update_protection does not keep them out of the cache.
fn app(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("miniphp-occli-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("cache")).unwrap();
    let files = [
        (
            "main.php",
            "<?php\nrequire __DIR__ . '/lib.php';\necho lib_greet('cache'), \"\\n\";\n",
        ),
        (
            "lib.php",
            "<?php\nfunction lib_greet($who) { return \"hello $who\"; }\n",
        ),
    ];
    for (name, src) in files {
        let p = dir.join(name);
        std::fs::write(&p, src).unwrap();
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        std::fs::File::options()
            .write(true)
            .open(&p)
            .and_then(|f| f.set_modified(old))
            .unwrap();
    }
    dir
}

/// The image files under `dir`.
fn images(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(images(&p));
        } else if p.extension().is_some_and(|x| x == "bin") {
            out.push(p);
        }
    }
    out
}

#[test]
fn file_cache_across_runs_and_a_corrupt_image() {
    let dir = app("fc");
    let cache = dir.join("cache");
    let main = dir.join("main.php");
    let args = [
        "-d",
        "opcache.enable_cli=1",
        "-d",
        &format!("opcache.file_cache={}", cache.display()),
        main.to_str().unwrap(),
    ];
    let first = miniphp(&args);
    if text(&first.stdout) != "hello cache\n" {
        println!("miniphp cannot run this yet: {}", text(&first.stderr));
        return;
    }
    let written = images(&cache);
    assert_eq!(written.len(), 2, "main.php and lib.php");
    let second = miniphp(&args);
    assert_eq!(text(&second.stdout), "hello cache\n");
    assert!(second.stderr.is_empty(), "{}", text(&second.stderr));
    // Damage lib.php's image: ignored with a log line, recompiled, rewritten.
    let lib = written
        .iter()
        .find(|p| p.to_string_lossy().ends_with("lib.php.bin"))
        .unwrap();
    let mut bytes = std::fs::read(lib).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x5a;
    std::fs::write(lib, &bytes).unwrap();
    let third = miniphp(&args);
    assert_eq!(text(&third.stdout), "hello cache\n");
    assert!(
        text(&third.stderr).contains("bad checksum"),
        "{}",
        text(&third.stderr)
    );
    let fourth = miniphp(&args);
    assert_eq!(text(&fourth.stdout), "hello cache\n");
    assert!(
        fourth.stderr.is_empty(),
        "rewritten: {}",
        text(&fourth.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn file_cache_only_status() {
    let dir = app("only");
    let cache = dir.join("cache");
    let out = miniphp(&[
        "-d",
        "opcache.enable_cli=1",
        "-d",
        &format!("opcache.file_cache={}", cache.display()),
        "-d",
        "opcache.file_cache_only=1",
        "-r",
        "echo implode(',', array_keys(opcache_get_status()));",
    ]);
    if !out.status.success() {
        println!("miniphp cannot run this yet: {}", text(&out.stderr));
        return;
    }
    assert_eq!(
        text(&out.stdout),
        "opcache_enabled,file_cache,file_cache_only"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
