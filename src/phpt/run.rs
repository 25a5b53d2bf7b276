//! Running one test: the steps of run-tests.php's `run_test()` that apply to
//! the CLI (SKIPIF, EXTENSIONS, INI, ENV, ARGS, STDIN, CLEAN, XFAIL).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use super::expect::{normalize_output, Matcher};
use super::process::{self, sh_quote, Spec};
use super::testfile::{self, Expectation, TestFile};

/// run-tests.php's `$ini_overwrites`: every test runs with these.
pub const INI_OVERWRITES: &[(&str, &str)] = &[
    ("output_handler", ""),
    ("open_basedir", ""),
    ("disable_functions", ""),
    ("output_buffering", "Off"),
    ("error_reporting", "32767"),
    ("display_errors", "1"),
    ("display_startup_errors", "1"),
    ("log_errors", "0"),
    ("html_errors", "0"),
    ("track_errors", "0"),
    ("report_memleaks", "1"),
    ("report_zend_debug", "0"),
    ("docref_root", ""),
    ("docref_ext", ".html"),
    ("error_prepend_string", ""),
    ("error_append_string", ""),
    ("auto_prepend_file", ""),
    ("auto_append_file", ""),
    ("ignore_repeated_errors", "0"),
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("memory_limit", "128M"),
    ("opcache.fast_shutdown", "0"),
    ("opcache.file_update_protection", "0"),
    ("opcache.revalidate_freq", "0"),
    ("opcache.jit_hot_loop", "1"),
    ("opcache.jit_hot_func", "1"),
    ("opcache.jit_hot_return", "1"),
    ("opcache.jit_hot_side_exit", "1"),
    ("zend.assertions", "1"),
    ("zend.exception_ignore_args", "0"),
    ("zend.exception_string_param_max_len", "15"),
    ("short_open_tag", "0"),
];

/// Passed to every run besides the INI settings (run-tests.php's `$no_file_cache`).
const NO_FILE_CACHE: &str = "-d opcache.file_cache= -d opcache.file_cache_only=0";

/// What the whole run shares.
pub struct Config {
    /// The interpreter under test.
    pub binary: PathBuf,
    /// Options given to the interpreter before the INI settings (`-n`).
    pub pass_options: Vec<String>,
    /// `INI_OVERWRITES` plus the runner's own `-d` settings.
    pub ini: IniSettings,
    /// The working directory of every test process.
    pub root: PathBuf,
    pub timeout: Duration,
    /// The environment of the test processes (inherited + run-tests' own).
    pub env: Vec<(String, String)>,
    /// `get_loaded_extensions()` of the binary, asked once.
    pub extensions: Mutex<Option<Vec<String>>>,
}

/// INI settings in insertion order; `extension`s accumulate, others replace.
#[derive(Clone, Default)]
pub struct IniSettings(Vec<(String, String)>);

impl IniSettings {
    pub fn defaults() -> IniSettings {
        let mut s = IniSettings::default();
        for (k, v) in INI_OVERWRITES {
            s.set(k, v);
        }
        s
    }

    pub fn set(&mut self, name: &str, value: &str) {
        let multi = name == "extension" || name == "zend_extension";
        match self.0.iter_mut().find(|(k, _)| k == name) {
            Some(slot) if !multi => slot.1 = value.to_string(),
            _ => self.0.push((name.to_string(), value.to_string())),
        }
    }

    /// run-tests.php's `settings2array`: `name=value` lines, trimmed.
    pub fn add_lines<'a>(&mut self, lines: impl Iterator<Item = &'a str>) {
        for line in lines {
            if let Some((k, v)) = line.split_once('=') {
                self.set(k.trim(), v.trim());
            }
        }
    }

    /// As `-d 'name=value'` words for a shell command line.
    pub fn to_params(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!(" -d {}", sh_quote(&format!("{k}={v}"))))
            .collect()
    }
}

/// The result of one test.
#[derive(Debug)]
pub enum Outcome {
    Passed,
    /// Passed although it has an --XFAIL-- section.
    PassedUnexpectedly,
    Failed(Failure),
    /// Failed and has an --XFAIL-- section.
    ExpectedFailure(String),
    Skipped(String),
    Borked(String),
}

#[derive(Debug)]
pub struct Failure {
    pub expected: String,
    pub output: String,
    /// For EXPECTF/EXPECTREGEX: the pattern, to show which lines do match.
    pub pattern: Option<Expectation>,
}

/// The part of a failed test's output kept for its diff: a runaway test can print
/// hundreds of MB, and diffing that ran the runner out of memory.
const SHOWN_OUTPUT: usize = 1 << 20;

fn shown_output(output: &str) -> String {
    if output.len() <= SHOWN_OUTPUT {
        return output.to_string();
    }
    let mut end = SHOWN_OUTPUT;
    while !output.is_char_boundary(end) {
        end -= 1;
    }
    format!(
        "{}\n[{} more bytes of output not shown]",
        &output[..end],
        output.len() - end
    )
}

pub struct Report {
    pub path: PathBuf,
    pub name: String,
    pub outcome: Outcome,
    /// The trimmed output (kept for `--regenerate`).
    pub output: Option<String>,
}

/// Files a test writes next to itself: `NAME.php`, `NAME.skip.php`, `NAME.clean.php`.
struct TempFiles {
    dir: PathBuf,
    script: PathBuf,
    skip: PathBuf,
    clean: PathBuf,
}

impl TempFiles {
    fn new(phpt: &Path) -> TempFiles {
        let dir = phpt
            .parent()
            .and_then(|d| d.canonicalize().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let stem = phpt
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        TempFiles {
            script: dir.join(format!("{stem}.php")),
            skip: dir.join(format!("{stem}.skip.php")),
            clean: dir.join(format!("{stem}.clean.php")),
            dir,
        }
    }
}

impl Config {
    fn command(&self, ini: &str, tail: &str) -> String {
        let mut cmd = format!("exec {}", sh_quote(&self.binary.to_string_lossy()));
        for opt in &self.pass_options {
            cmd.push(' ');
            cmd.push_str(&sh_quote(opt));
        }
        cmd.push_str(ini);
        cmd.push(' ');
        cmd.push_str(tail);
        cmd
    }

    fn exec(
        &self,
        command: String,
        env: &[(String, String)],
        stdin: Option<&[u8]>,
    ) -> Result<String, String> {
        process::run(&Spec {
            command,
            cwd: &self.root,
            env,
            stdin,
            timeout: self.timeout,
        })
    }

    fn loaded_extensions(&self) -> Vec<String> {
        let mut cache = self.extensions.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(list) = cache.as_ref() {
            return list.clone();
        }
        let code = "echo implode(',', get_loaded_extensions());";
        let cmd = self.command(
            &self.ini.to_params(),
            &format!("{NO_FILE_CACHE} -d display_errors=0 -r {}", sh_quote(code)),
        );
        let list: Vec<String> = self
            .exec(cmd, &self.env, None)
            .unwrap_or_default()
            .split(',')
            .map(|e| e.trim().to_lowercase())
            .collect();
        *cache = Some(list.clone());
        list
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn remove(path: &Path) {
    // Missing files are fine: this is cleanup.
    let _ = std::fs::remove_file(path);
}

/// Runs one `.phpt` file.
pub fn run_test(cfg: &Config, phpt: &Path) -> Report {
    let test = match testfile::load(phpt) {
        Ok(t) => t,
        Err(reason) => {
            return Report {
                path: phpt.to_path_buf(),
                name: String::new(),
                outcome: Outcome::Borked(reason),
                output: None,
            }
        }
    };
    let name = test.name();
    let (outcome, output) = match execute(cfg, &test) {
        Ok(r) => r,
        Err(reason) => (Outcome::Borked(reason), None),
    };
    Report {
        path: phpt.to_path_buf(),
        name,
        outcome,
        output,
    }
}

/// What the SKIPIF section decided.
enum SkipCheck {
    Run { xfail: Option<String> },
    Stop(Outcome),
}

fn execute(cfg: &Config, test: &TestFile) -> Result<(Outcome, Option<String>), String> {
    if test.is_cgi() {
        return Ok((Outcome::Skipped("CGI not available".into()), None));
    }
    if test.has("PHPDBG") {
        return Ok((Outcome::Skipped("phpdbg not available".into()), None));
    }
    if let Some(reason) = missing_extensions(cfg, test) {
        return Ok((Outcome::Skipped(reason), None));
    }
    let files = TempFiles::new(&test.path);
    let dir_text = files.dir.to_string_lossy().into_owned();
    let mut env = test_env(cfg, test, &dir_text);

    // SKIPIF and CLEAN run with the common settings, the test with its --INI-- too.
    let orig_ini = cfg.ini.to_params();
    let mut ini = cfg.ini.clone();
    if let Some(section) = test.section("INI") {
        let tmp = std::env::temp_dir().to_string_lossy().into_owned();
        let text = section.replace("{PWD}", &dir_text).replace("{TMP}", &tmp);
        ini.add_lines(text.split(['\n', '\r']));
    }
    let ini = ini.to_params();
    env.push((
        "TEST_PHP_EXTRA_ARGS".into(),
        format!("{} {ini}", cfg.pass_options.join(" ")),
    ));

    let xfail = match skip_check(cfg, test, &files, &orig_ini, &env)? {
        SkipCheck::Run { xfail } => xfail,
        SkipCheck::Stop(outcome) => return Ok((outcome, None)),
    };
    let output = normalize_output(&run_script(cfg, test, &files, &ini, env.clone())?);
    let clean_output = run_clean(cfg, test, &files, &orig_ini, &env)?;

    let expectation = test.expectation().ok_or("no expectation")?;
    let passed = Matcher::new(&expectation)?.matches(&output);
    if passed {
        remove(&files.script);
    }
    let outcome = match (passed, xfail) {
        (true, _) if !clean_output.is_empty() => {
            Outcome::Borked(format!("invalid output from CLEAN: {clean_output}"))
        }
        (true, None) => Outcome::Passed,
        (true, Some(_)) => Outcome::PassedUnexpectedly,
        (false, Some(reason)) => Outcome::ExpectedFailure(reason.trim_end().to_string()),
        (false, None) => Outcome::Failed(Failure {
            expected: super::expect::wanted_text(&expectation),
            output: shown_output(&output),
            pattern: match expectation {
                Expectation::Exact(_) => None,
                other => Some(other),
            },
        }),
    };
    Ok((outcome, Some(output)))
}

/// `--EXTENSIONS--` the binary does not report as loaded: the skip reason.
fn missing_extensions(cfg: &Config, test: &TestFile) -> Option<String> {
    let section = test.section("EXTENSIONS")?;
    let loaded = cfg.loaded_extensions();
    let missing: Vec<&str> = section
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|e| !e.is_empty() && !loaded.contains(&e.to_lowercase()))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let s = if missing.len() > 1 { "s" } else { "" };
    Some(format!(
        "Required extension{s} missing: {}",
        missing.join(", ")
    ))
}

/// The run's environment plus the test's `--ENV--` (`{PWD}` is the test's directory).
fn test_env(cfg: &Config, test: &TestFile, dir: &str) -> Vec<(String, String)> {
    let mut env = cfg.env.clone();
    if let Some(section) = test.non_empty("ENV") {
        for line in section.replace("{PWD}", dir).split('\n') {
            if let Some((k, v)) = line.trim().split_once('=') {
                if !k.is_empty() {
                    env.retain(|(name, _)| name != k);
                    env.push((k.to_string(), v.to_string()));
                }
            }
        }
    }
    env
}

/// Runs `--SKIPIF--`: output starting with `skip` skips, `xfail` marks an
/// expected failure, `info`/`warn`/`flaky` are notes, anything else borks.
fn skip_check(
    cfg: &Config,
    test: &TestFile,
    files: &TempFiles,
    ini: &str,
    env: &[(String, String)],
) -> Result<SkipCheck, String> {
    let xfail = test.section("XFAIL").map(str::to_string);
    let Some(code) = test.non_empty("SKIPIF") else {
        return Ok(SkipCheck::Run { xfail });
    };
    write(&files.skip, code)?;
    let cmd = cfg.command(
        ini,
        &format!(
            "-q {NO_FILE_CACHE} -d display_errors=1 -d display_startup_errors=0 {}",
            sh_quote(&files.skip.to_string_lossy())
        ),
    );
    let out = cfg.exec(cmd, env, None);
    remove(&files.skip);
    let out = out?;
    let out = super::expect::php_trim(&out);
    let lower = out.to_ascii_lowercase();
    Ok(if lower.starts_with("skip") {
        SkipCheck::Stop(Outcome::Skipped(out[4..].trim_start().to_string()))
    } else if lower.starts_with("xfail") {
        SkipCheck::Run {
            xfail: Some(out[5..].trim_start().to_string()),
        }
    } else if out.is_empty()
        || ["info", "warn", "flaky"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        SkipCheck::Run { xfail }
    } else {
        SkipCheck::Stop(Outcome::Borked(format!(
            "invalid output from SKIPIF: {out}"
        )))
    })
}

/// Writes `--FILE--` as NAME.php and runs it: `-f NAME.php [-- ARGS]`,
/// stderr merged into stdout, `--STDIN--` on stdin.
fn run_script(
    cfg: &Config,
    test: &TestFile,
    files: &TempFiles,
    ini: &str,
    mut env: Vec<(String, String)>,
) -> Result<String, String> {
    write(&files.script, test.file_source().unwrap_or(""))?;
    let script = files.script.to_string_lossy().into_owned();
    env.extend(
        [
            ("REDIRECT_STATUS", "1"),
            ("QUERY_STRING", ""),
            ("REQUEST_METHOD", "GET"),
            ("CONTENT_TYPE", ""),
            ("CONTENT_LENGTH", ""),
            ("HTTP_COOKIE", ""),
            ("PATH_TRANSLATED", &script),
            ("SCRIPT_FILENAME", &script),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    // The ARGS section keeps its newline, so (as in run-tests.php) the
    // `2>&1` then starts a new shell line and stderr is not merged.
    let args = test
        .section("ARGS")
        .map(|a| format!(" -- {a}"))
        .unwrap_or_default();
    let cmd = cfg.command(
        ini,
        &format!("{NO_FILE_CACHE} -f {} {args} 2>&1", sh_quote(&script)),
    );
    cfg.exec(cmd, &env, test.section("STDIN").map(str::as_bytes))
}

/// Runs `--CLEAN--` (trimmed, as NAME.clean.php); returns its output.
fn run_clean(
    cfg: &Config,
    test: &TestFile,
    files: &TempFiles,
    ini: &str,
    env: &[(String, String)],
) -> Result<String, String> {
    let Some(code) = test.non_empty("CLEAN") else {
        return Ok(String::new());
    };
    write(&files.clean, super::expect::php_trim(code))?;
    let cmd = cfg.command(
        ini,
        &format!(
            "-q {NO_FILE_CACHE} {}",
            sh_quote(&files.clean.to_string_lossy())
        ),
    );
    let out = cfg.exec(cmd, env, None);
    remove(&files.clean);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_output_is_cut_for_its_diff() {
        assert_eq!(shown_output("small"), "small");
        // "x" then 2-byte characters: the cut at SHOWN_OUTPUT falls inside one.
        let big = format!("x{}", "é".repeat(SHOWN_OUTPUT));
        let shown = shown_output(&big);
        assert!(shown.starts_with(&big[..SHOWN_OUTPUT - 1]));
        let more = big.len() - (SHOWN_OUTPUT - 1);
        assert!(shown.ends_with(&format!("\n[{more} more bytes of output not shown]")));
    }
}
