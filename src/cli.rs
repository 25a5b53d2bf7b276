//! Command-line arguments, in php's conventions: options first, then the
//! script, then the script's own arguments (taken verbatim, `-x` and `--` included).

use std::path::PathBuf;

use clap::Parser;

#[derive(Parser, Debug)]
#[command(
    name = "miniphp",
    about = "A PHP 8.2 interpreter",
    override_usage = "miniphp [options] [-f] <file> [--] [args...]\n       \
                      miniphp [options] -r <code> [--] [args...]\n       \
                      miniphp [options] -- [args...]\n       \
                      miniphp --run-tests [runner options] <dir|file.phpt>...",
    disable_version_flag = true
)]
pub struct Cli {
    /// Define INI entry foo with value 'bar' (repeatable)
    #[arg(short = 'd', value_name = "foo[=bar]")]
    pub define: Vec<String>,

    /// No configuration (ini) files: PHP's built-in defaults
    #[arg(short = 'n')]
    pub no_ini: bool,

    /// Run PHP <code> without using script tags <?..?>
    #[arg(short = 'r', value_name = "code", conflicts_with = "file")]
    pub code: Option<String>,

    /// Parse and execute <file>
    #[arg(short = 'f', value_name = "file")]
    pub file: Option<PathBuf>,

    /// Syntax check only (lint)
    #[arg(short = 'l')]
    pub lint: bool,

    /// Version number
    #[arg(short = 'v', long = "version")]
    pub version: bool,

    /// Quiet mode (accepted for compatibility; the CLI sends no headers)
    #[arg(short = 'q', hide = true)]
    pub quiet: bool,

    /// Print the tokens of the file
    #[arg(long)]
    pub dump_tokens: bool,

    /// Print the AST of the file
    #[arg(long)]
    pub dump_ast: bool,

    /// Print the op_arrays of the file, in opcache's debug listing format
    #[arg(long)]
    pub dump_opcodes: bool,

    /// Run .phpt tests (directories, files; with --list, files listing tests)
    #[arg(long)]
    pub run_tests: bool,

    /// [--run-tests] The PHP binary that runs the tests (default: this miniphp)
    #[arg(long, value_name = "PATH", requires = "run_tests")]
    pub php_binary: Option<PathBuf>,

    /// [--run-tests] A file listing tests, one path a line, relative to --root
    #[arg(long, value_name = "FILE", requires = "run_tests")]
    pub list: Vec<PathBuf>,

    /// [--run-tests] The tests' working directory (run-tests.php's TEST_PHP_SRCDIR)
    #[arg(long, value_name = "DIR", requires = "run_tests")]
    pub root: Option<PathBuf>,

    /// [--run-tests] Tests run at once (default: the number of cores)
    #[arg(long, short = 'j', value_name = "N", requires = "run_tests")]
    pub jobs: Option<usize>,

    /// [--run-tests] Seconds before a test is killed and failed
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 60,
        requires = "run_tests"
    )]
    pub timeout: u64,

    /// [--run-tests] Print every test's result, not only failures and skips
    #[arg(long, requires = "run_tests")]
    pub verbose: bool,

    /// [--run-tests] Rewrite each failing test's expectation with the binary's output
    #[arg(long, requires = "run_tests")]
    pub regenerate: bool,

    /// [--run-tests] A list of tests known to fail: they do not fail the run
    #[arg(long, value_name = "FILE", requires = "run_tests")]
    pub known_failures: Option<PathBuf>,

    /// [--run-tests] Rewrite the --known-failures file with the tests failing now
    #[arg(long, requires = "known_failures")]
    pub update_known_failures: bool,

    /// The script, then its arguments
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "args"
    )]
    pub args: Vec<String>,
}

/// Where the script comes from.
#[derive(Debug, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Code(String),
    Stdin,
}

/// The script and its `$argv` (argv[0] included), resolved as php does.
#[derive(Debug, PartialEq, Eq)]
pub struct Invocation {
    pub source: Source,
    pub argv: Vec<String>,
}

/// `STDIN_NAME` is what php puts in `$argv[0]` for `-r` and stdin scripts.
pub const STDIN_NAME: &str = "Standard input code";

impl Cli {
    /// `raw` is the process's arguments: needed to know whether a `--`
    /// (which clap consumes) came before the first positional argument.
    pub fn invocation(&self, raw: &[String]) -> Invocation {
        let separated = raw
            .iter()
            .rposition(|a| a == "--")
            .is_some_and(|p| raw.len() - p - 1 == self.args.len());
        if let Some(code) = &self.code {
            return Invocation {
                source: Source::Code(code.clone()),
                argv: with_name(STDIN_NAME, &self.args),
            };
        }
        if let Some(file) = &self.file {
            return Invocation {
                source: Source::File(file.clone()),
                argv: with_name(&file.to_string_lossy(), &self.args),
            };
        }
        match self.args.split_first() {
            Some((file, rest)) if !separated => Invocation {
                source: Source::File(PathBuf::from(file)),
                argv: with_name(file, rest),
            },
            _ => Invocation {
                source: Source::Stdin,
                argv: with_name(STDIN_NAME, &self.args),
            },
        }
    }
}

/// Options that take a value: php accepts it glued (`-dfoo=1`), which clap
/// misreads next to a trailing var-arg; split those before parsing.
const VALUE_SHORTS: &[&str] = &["-d", "-r", "-f"];

/// Splits glued short-option values in the option part of the command line.
pub fn normalize_args(raw: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(raw.len() + 2);
    let mut iter = raw.iter();
    if let Some(prog) = iter.next() {
        out.push(prog.clone());
    }
    while let Some(arg) = iter.next() {
        if arg == "--" || !arg.starts_with('-') || arg == "-" {
            out.push(arg.clone());
            break;
        }
        match VALUE_SHORTS.iter().find(|s| arg.starts_with(*s)) {
            Some(short) if arg.len() > 2 => {
                out.push(short.to_string());
                out.push(arg[2..].trim_start_matches('=').to_string());
            }
            Some(_) => {
                out.push(arg.clone());
                if let Some(value) = iter.next() {
                    out.push(value.clone());
                }
            }
            None => out.push(arg.clone()),
        }
    }
    out.extend(iter.cloned());
    out
}

fn with_name(name: &str, args: &[String]) -> Vec<String> {
    std::iter::once(name.to_string())
        .chain(args.iter().cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inv(args: &[&str]) -> Invocation {
        let raw: Vec<String> = std::iter::once("miniphp")
            .chain(args.iter().copied())
            .map(String::from)
            .collect();
        let raw = normalize_args(&raw);
        Cli::try_parse_from(&raw).unwrap().invocation(&raw)
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn script_args_are_verbatim() {
        let i = inv(&["-d", "a=1", "s.php", "--", "x", "-y", "-d"]);
        assert_eq!(i.source, Source::File("s.php".into()));
        assert_eq!(i.argv, strings(&["s.php", "--", "x", "-y", "-d"]));
    }

    #[test]
    fn dash_f_and_separator() {
        let i = inv(&["-f", "s.php", "--", "-y", "z"]);
        assert_eq!(i.source, Source::File("s.php".into()));
        assert_eq!(i.argv, strings(&["s.php", "-y", "z"]));
    }

    #[test]
    fn code_and_stdin() {
        let i = inv(&["-r", "echo 1;", "--", "-x"]);
        assert_eq!(i.source, Source::Code("echo 1;".into()));
        assert_eq!(i.argv, strings(&[STDIN_NAME, "-x"]));
        let i = inv(&["--", "q"]);
        assert_eq!(i.source, Source::Stdin);
        assert_eq!(i.argv, strings(&[STDIN_NAME, "q"]));
        assert_eq!(inv(&[]).source, Source::Stdin);
    }

    #[test]
    fn repeated_defines() {
        let raw = normalize_args(&strings(&[
            "miniphp", "-d", "a=1", "-db=2", "-n", "x.php", "-dz",
        ]));
        assert_eq!(raw.last().map(String::as_str), Some("-dz"));
        let cli = Cli::try_parse_from(&raw).unwrap();
        assert_eq!(cli.define, strings(&["a=1", "b=2"]));
        assert!(cli.no_ini);
    }
}
