//! The .phpt test runner (`miniphp --run-tests`): php-src's test format, run
//! the way run-tests.php runs it, against any PHP binary.

mod diff;
mod expect;
mod process;
mod run;
mod testfile;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use run::{Config, IniSettings, Outcome, Report};
use testfile::Expectation;

/// What `miniphp --run-tests` was asked to do.
pub struct Options {
    pub paths: Vec<PathBuf>,
    /// Files listing tests, one path a line (relative to `root`).
    pub lists: Vec<PathBuf>,
    pub root: Option<PathBuf>,
    pub binary: PathBuf,
    /// `-n`: passed on to the binary.
    pub no_ini: bool,
    /// `-d name=value`: added to the tests' INI settings.
    pub ini: Vec<String>,
    pub jobs: usize,
    pub timeout: Duration,
    /// Print a line for every test, passes included.
    pub verbose: bool,
    /// Rewrite the expectation of failing tests with the binary's output.
    pub regenerate: bool,
    /// Tests known to fail (paths relative to the root, one a line): they
    /// count as expected failures, so only new failures fail the run.
    pub known_failures: Option<PathBuf>,
    /// Rewrite the known-failures file with the tests failing now.
    pub update_known_failures: bool,
}

/// Counts of the final summary.
#[derive(Default, Debug, PartialEq, Eq)]
pub struct Summary {
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
    pub expected_failures: usize,
}

/// Runs the tests and prints the report; returns the process exit code.
pub fn main(opts: &Options) -> u8 {
    match run_all(opts) {
        Ok(summary) if summary.failed == 0 => 0,
        Ok(_) => 1,
        Err(e) => {
            eprintln!("miniphp --run-tests: {e}");
            2
        }
    }
}

fn run_all(opts: &Options) -> Result<Summary, String> {
    let root = match &opts.root {
        Some(r) => r.clone(),
        None => std::env::current_dir().map_err(|e| format!("no current directory: {e}"))?,
    };
    let root = root
        .canonicalize()
        .map_err(|e| format!("{}: {e}", root.display()))?;
    let tests = collect(opts, &root)?;
    if tests.is_empty() {
        return Err("no .phpt files found".to_string());
    }
    let cfg = config(opts, root)?;
    let known = match &opts.known_failures {
        Some(list) if !opts.update_known_failures => Some(Known {
            tests: load_known_failures(list)?,
            list: list.clone(),
            root: cfg.root.clone(),
        }),
        _ => None,
    };
    let reports = run_parallel(&cfg, &tests, opts, known.as_ref());
    if opts.regenerate {
        regenerate(&reports, &cfg.root)?;
    }
    if let (Some(list), true) = (&opts.known_failures, opts.update_known_failures) {
        write_known_failures(list, &reports, &cfg.root)?;
    }
    let summary = print_report(&reports, &cfg.root, opts.verbose);
    Ok(summary)
}

fn config(opts: &Options, root: PathBuf) -> Result<Config, String> {
    let mut ini = IniSettings::defaults();
    ini.add_lines(opts.ini.iter().map(String::as_str));
    let binary = resolve_binary(&opts.binary)?;
    let mut env: Vec<(String, String)> = std::env::vars().collect();
    env.push((
        "TEST_PHP_EXECUTABLE".to_string(),
        binary.to_string_lossy().into_owned(),
    ));
    Ok(Config {
        binary,
        pass_options: if opts.no_ini {
            vec!["-n".into()]
        } else {
            vec![]
        },
        ini,
        root,
        timeout: opts.timeout,
        env,
        extensions: Mutex::new(None),
    })
}

/// A bare name (`php`) is looked up in PATH; paths are made absolute.
fn resolve_binary(bin: &Path) -> Result<PathBuf, String> {
    if bin.components().count() == 1 {
        if let Some(found) = std::env::var_os("PATH")
            .iter()
            .flat_map(std::env::split_paths)
            .map(|d| d.join(bin))
            .find(|p| p.is_file())
        {
            return Ok(found);
        }
    }
    bin.canonicalize()
        .map_err(|e| format!("PHP binary {}: {e}", bin.display()))
}

/// Test files from the paths (directories searched recursively) and lists.
fn collect(opts: &Options, root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut tests = Vec::new();
    for path in &opts.paths {
        if path.is_dir() {
            find_phpt(path, &mut tests)?;
        } else if path.extension().is_some_and(|e| e == "phpt") && path.is_file() {
            tests.push(path.clone());
        } else {
            return Err(format!("bogus test name {}", path.display()));
        }
    }
    for list in &opts.lists {
        let text = std::fs::read_to_string(list)
            .map_err(|e| format!("cannot read list {}: {e}", list.display()))?;
        for line in text.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                tests.push(root.join(line));
            }
        }
    }
    let mut seen = HashSet::new();
    tests.retain(|t| seen.insert(t.clone()));
    Ok(tests)
}

fn find_phpt(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            find_phpt(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "phpt") {
            out.push(p);
        }
    }
    Ok(())
}

/// Tests expected to fail, and where that list lives.
struct Known {
    tests: HashSet<String>,
    list: PathBuf,
    root: PathBuf,
}

fn run_parallel(
    cfg: &Config,
    tests: &[PathBuf],
    opts: &Options,
    known: Option<&Known>,
) -> Vec<Report> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Report>>> = Mutex::new((0..tests.len()).map(|_| None).collect());
    let jobs = opts.jobs.clamp(1, tests.len());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(test) = tests.get(i) else { break };
                let mut report = run::run_test(cfg, test);
                if let Some(known) = known {
                    mark_known(&mut report, known);
                }
                if opts.verbose || !matches!(report.outcome, Outcome::Passed) {
                    println!("{}", status_line(&report, &cfg.root));
                }
                let mut all = results.lock().unwrap_or_else(|p| p.into_inner());
                all[i] = Some(report);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

fn short_path(path: &Path, root: &Path) -> String {
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    abs.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn status_line(r: &Report, root: &Path) -> String {
    let where_ = short_path(&r.path, root);
    match &r.outcome {
        Outcome::Passed => format!("PASS {} [{where_}]", r.name),
        Outcome::PassedUnexpectedly => {
            format!(
                "PASS {} [{where_}] (warn: XFAIL section but test passes)",
                r.name
            )
        }
        Outcome::Failed(_) => format!("FAIL {} [{where_}]", r.name),
        Outcome::ExpectedFailure(why) => format!("XFAIL {} [{where_}] XFAIL REASON: {why}", r.name),
        Outcome::Skipped(why) => format!("SKIP {} [{where_}] reason: {why}", r.name),
        Outcome::Borked(why) => format!("BORK {why} [{where_}]"),
    }
}

/// The known-failures list: paths relative to the root.
fn load_known_failures(list: &Path) -> Result<HashSet<String>, String> {
    let text = std::fs::read_to_string(list)
        .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect())
}

/// A listed test's failure becomes an expected failure; a listed test that
/// passes is pointed out, so the list shrinks as the interpreter improves.
fn mark_known(r: &mut Report, known: &Known) {
    let path = short_path(&r.path, &known.root);
    if !known.tests.contains(&path) {
        return;
    }
    match r.outcome {
        Outcome::Failed(_) | Outcome::Borked(_) => {
            r.outcome = Outcome::ExpectedFailure(format!("listed in {}", known.list.display()));
        }
        Outcome::Passed => println!(
            "FIXED {} [{path}]: remove it from {}",
            r.name,
            known.list.display()
        ),
        _ => {}
    }
}

/// Writes the tests failing now as the known-failures list.
fn write_known_failures(list: &Path, reports: &[Report], root: &Path) -> Result<(), String> {
    let mut text = String::from(
        "# Tests of tests/php that miniphp does not pass yet (see `miniphp --run-tests\n\
         # --known-failures`); regenerate with --update-known-failures.\n",
    );
    for r in reports {
        if matches!(r.outcome, Outcome::Failed(_) | Outcome::Borked(_)) {
            text.push_str(&short_path(&r.path, root));
            text.push('\n');
        }
    }
    std::fs::write(list, text).map_err(|e| format!("cannot write {}: {e}", list.display()))
}

fn print_report(reports: &[Report], root: &Path, verbose: bool) -> Summary {
    let mut s = Summary::default();
    let mut failures = Vec::new();
    for r in reports {
        match &r.outcome {
            Outcome::Passed | Outcome::PassedUnexpectedly => s.passed += 1,
            Outcome::Skipped(_) => s.skipped += 1,
            Outcome::ExpectedFailure(_) => s.expected_failures += 1,
            Outcome::Failed(_) | Outcome::Borked(_) => {
                s.failed += 1;
                failures.push(r);
            }
        }
    }
    if !failures.is_empty() {
        println!("\n======== FAILED TESTS ========");
        for r in &failures {
            println!("{}", status_line(r, root));
            if let Outcome::Failed(f) = &r.outcome {
                if verbose || failures.len() <= 50 {
                    println!("{}", diff::unified(f));
                }
            }
        }
    }
    if s.expected_failures > 0 {
        println!("{} expected failures", s.expected_failures);
    }
    println!(
        "{} passed, {} failed, {} skipped",
        s.passed, s.failed, s.skipped
    );
    s
}

/// Writes the binary's output as the expectation of each test that did not
/// match it. Paths under the root directory become `%s/…` (in an EXPECTF),
/// so the expectation holds wherever the repository is checked out.
fn regenerate(reports: &[Report], root: &Path) -> Result<(), String> {
    let prefix = format!("{}/", root.display());
    for r in reports {
        let (Outcome::Failed(_) | Outcome::ExpectedFailure(_), Some(output)) =
            (&r.outcome, &r.output)
        else {
            continue;
        };
        let expectation = if output.contains(&prefix) {
            let parts: Vec<String> = output.split(&prefix).map(expect::expectf_literal).collect();
            Expectation::Format(parts.join("%s/") + "\n")
        } else {
            Expectation::Exact(format!("{output}\n"))
        };
        let text =
            std::fs::read_to_string(&r.path).map_err(|e| format!("{}: {e}", r.path.display()))?;
        let mut test = testfile::parse(&r.path, &text)?;
        test.replace_expectation(expectation);
        std::fs::write(&r.path, test.render()).map_err(|e| format!("{}: {e}", r.path.display()))?;
        println!("regenerated {}", r.path.display());
    }
    Ok(())
}
