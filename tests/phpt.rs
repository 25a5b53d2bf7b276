//! Runs the .phpt suite in tests/php through `miniphp --run-tests`.

use std::path::Path;
use std::process::Command;

/// Tests miniphp does not pass yet; they must not regress the others.
const KNOWN_FAILURES: &str = "tests/php/known-failures.txt";

/// Both suites write each test's script next to it (as run-tests.php does),
/// so they must not run at the same time.
static SUITE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn run_suite(php_binary: Option<&str>) -> (bool, String) {
    let _one_at_a_time = SUITE.lock().unwrap_or_else(|p| p.into_inner());
    let root = env!("CARGO_MANIFEST_DIR");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_miniphp"));
    cmd.current_dir(root)
        .args(["--run-tests", "--timeout", "60"]);
    match php_binary {
        Some(php) => {
            cmd.args(["--php-binary", php]);
        }
        None if Path::new(root).join(KNOWN_FAILURES).exists() => {
            cmd.args(["--known-failures", KNOWN_FAILURES]);
        }
        None => {}
    }
    let out = cmd
        .arg("tests/php")
        .output()
        .expect("run miniphp --run-tests");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

/// Every test passes under miniphp, except those listed as known failures.
#[test]
fn phpt_suite_passes_under_miniphp() {
    let (ok, report) = run_suite(None);
    println!("{report}");
    assert!(ok, "some .phpt tests failed (report above)");
}

/// The expectations are real PHP's: where PHP 8.2 is installed, the same
/// suite passes under it (this also checks the runner against run-tests.php's rules).
#[test]
fn phpt_suite_passes_under_real_php() {
    let Some(php) = ["/usr/bin/php8.2", "/usr/bin/php"]
        .into_iter()
        .find(|p| Path::new(p).exists())
    else {
        println!("php is not installed: nothing to compare with");
        return;
    };
    let (ok, report) = run_suite(Some(php));
    println!("{report}");
    assert!(ok, "real PHP disagrees with the committed expectations");
}
