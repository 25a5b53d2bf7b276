//! The .phpt runner end to end, with a stand-in interpreter (a shell script
//! that prints the script it is given), so these tests need no PHP at all.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory holding the fake interpreter and the given tests.
fn fixture(name: &str, tests: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("miniphp-runner-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Prints its script (the `-f` argument, else the last one), after the
    // `-d` settings it was given when the script asks for them; sleeps on SLEEP.
    let fake = "#!/bin/sh\n\
        ini=''\n\
        while [ $# -gt 0 ]; do\n\
          case \"$1\" in -f) shift; f=$1;; -d) shift; ini=\"$ini $1\";; --) break;; *) last=$1;; esac\n\
          shift\n\
        done\n\
        f=${f:-$last}\n\
        grep -q '^SLEEP' \"$f\" && sleep 10\n\
        grep -q '^SHOW_INI' \"$f\" && echo \"$ini\"\n\
        grep -q '^SHOW_ARGS' \"$f\" && shift && echo \"args: $*\"\n\
        cat \"$f\"\n";
    let bin = dir.join("fakephp");
    std::fs::write(&bin, fake).expect("write fake php");
    Command::new("chmod")
        .arg("+x")
        .arg(&bin)
        .status()
        .expect("chmod");
    for (file, text) in tests {
        std::fs::write(dir.join(file), text).expect("write test");
    }
    dir
}

fn run(dir: &Path, extra: &[&str]) -> (Output, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_miniphp"))
        .current_dir(dir)
        .args(["--run-tests", "--php-binary", "./fakephp"])
        .args(extra)
        .arg(".")
        .output()
        .expect("run miniphp --run-tests");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out, text)
}

#[test]
fn passes_fails_skips_and_borks() {
    let dir = fixture(
        "mixed",
        &[
            (
                "a_pass.phpt",
                "--TEST--\nexact\n--FILE--\nhello\n--EXPECT--\nhello\n",
            ),
            (
                "b_fmt.phpt",
                "--TEST--\nformat\n--FILE--\nline 42 in /x/y.php\n--EXPECTF--\nline %d in %s.php\n",
            ),
            (
                "c_regex.phpt",
                "--TEST--\nregex\n--FILE--\nabc123\n--EXPECTREGEX--\n[a-c]+\\d{3}\n",
            ),
            (
                "d_fail.phpt",
                "--TEST--\nwrong\n--FILE--\none\ntwo\n--EXPECT--\none\n2\n",
            ),
            (
                "e_skip.phpt",
                "--TEST--\nskipped\n--SKIPIF--\nskip not today\n--FILE--\nx\n--EXPECT--\ny\n",
            ),
            (
                "f_bork.phpt",
                "--TEST--\nbad\n--NOPE--\n--FILE--\nx\n--EXPECT--\nx\n",
            ),
            (
                "g_xfail.phpt",
                "--TEST--\nknown bug\n--FILE--\nx\n--EXPECT--\ny\n--XFAIL--\nnot fixed\n",
            ),
            (
                "h_cgi.phpt",
                "--TEST--\ncgi\n--GET--\na=1\n--FILE--\nx\n--EXPECT--\nx\n",
            ),
        ],
    );
    let (out, text) = run(&dir, &[]);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.ends_with("3 passed, 2 failed, 2 skipped\n"), "{text}");
    assert!(text.contains("FAIL wrong [d_fail.phpt]"), "{text}");
    assert!(
        text.contains("--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n one\n-2\n+two\n"),
        "{text}"
    );
    assert!(
        text.contains("SKIP skipped [e_skip.phpt] reason: not today"),
        "{text}"
    );
    assert!(
        text.contains("SKIP cgi [h_cgi.phpt] reason: CGI not available"),
        "{text}"
    );
    assert!(
        text.contains("BORK Unknown section \"NOPE\" [f_bork.phpt]"),
        "{text}"
    );
    assert!(text.contains("1 expected failures"), "{text}");
    // The script of a failing test stays for inspection; a passing one is removed.
    assert!(dir.join("d_fail.php").exists());
    assert!(!dir.join("a_pass.php").exists());
}

#[test]
fn timeout_fails_the_test() {
    let dir = fixture(
        "timeout",
        &[(
            "slow.phpt",
            "--TEST--\nslow\n--FILE--\nSLEEP\n--EXPECT--\nSLEEP\n",
        )],
    );
    let start = std::time::Instant::now();
    let (out, text) = run(&dir, &["--timeout", "1"]);
    assert!(
        start.elapsed().as_secs() < 8,
        "the runner waited for the hung test"
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text.contains("** ERROR: process timed out **"), "{text}");
    assert!(text.ends_with("0 passed, 1 failed, 0 skipped\n"), "{text}");
}

#[test]
fn ini_settings_reach_the_interpreter() {
    let dir = fixture(
        "ini",
        &[(
            "ini.phpt",
            "--TEST--\nini\n--INI--\nprecision=5\n--FILE--\nSHOW_INI\n--EXPECTF--\n%serror_reporting=32767%sdisplay_errors=1%sprecision=5%szend.assertions=1%sforced=yes%s\nSHOW_INI\n",
        )],
    );
    let (out, text) = run(&dir, &["-d", "forced=yes"]);
    assert_eq!(out.status.code(), Some(0), "{text}");
}

#[test]
fn regenerate_writes_the_output_as_expectation() {
    let dir = fixture(
        "regen",
        &[(
            "r.phpt",
            "--TEST--\nregen\n--FILE--\nnew output\n--EXPECT--\nold\n",
        )],
    );
    let (_, text) = run(&dir, &["--regenerate"]);
    assert!(text.contains("regenerated"), "{text}");
    let written = std::fs::read_to_string(dir.join("r.phpt")).expect("read back");
    assert_eq!(
        written,
        "--TEST--\nregen\n--FILE--\nnew output\n--EXPECT--\nnew output\n"
    );
    let (out, _) = run(&dir, &[]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn list_mode_with_root() {
    let dir = fixture(
        "list",
        &[("t.phpt", "--TEST--\nlisted\n--FILE--\nok\n--EXPECT--\nok\n")],
    );
    std::fs::write(dir.join("list.txt"), "# comment\n\nt.phpt\n").expect("write list");
    let out = Command::new(env!("CARGO_BIN_EXE_miniphp"))
        .args(["--run-tests", "--php-binary"])
        .arg(dir.join("fakephp"))
        .arg("--list")
        .arg(dir.join("list.txt"))
        .arg("--root")
        .arg(&dir)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.ends_with("1 passed, 0 failed, 0 skipped\n"), "{text}");
}

#[test]
fn known_failures_do_not_fail_the_run() {
    let dir = fixture(
        "known",
        &[
            ("bad.phpt", "--TEST--\nbad\n--FILE--\nx\n--EXPECT--\ny\n"),
            (
                "fixed.phpt",
                "--TEST--\nfixed\n--FILE--\nx\n--EXPECT--\nx\n",
            ),
        ],
    );
    std::fs::write(dir.join("known.txt"), "# known\nbad.phpt\nfixed.phpt\n").expect("write list");
    let (out, text) = run(&dir, &["--known-failures", "known.txt"]);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("XFAIL bad [bad.phpt]"), "{text}");
    assert!(
        text.contains("FIXED fixed [fixed.phpt]: remove it from known.txt"),
        "{text}"
    );
    assert!(text.ends_with("1 passed, 0 failed, 0 skipped\n"), "{text}");

    let (_, text) = run(
        &dir,
        &["--known-failures", "known.txt", "--update-known-failures"],
    );
    assert!(text.contains("1 failed"), "{text}");
    let list = std::fs::read_to_string(dir.join("known.txt")).expect("read list");
    assert!(list.ends_with("\nbad.phpt\n"), "{list}");
    assert!(!list.contains("fixed.phpt"), "{list}");
}
