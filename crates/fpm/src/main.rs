//! `miniphp-fpm`: php-fpm's command line (`-y -t -F -D -g -R -d -c -p -v`) plus
//! `--listen ADDR` and `--workers N` for the embedded default configuration.

#[global_allocator]
static GLOBAL: miniphp_fpm::memory::Counting = miniphp_fpm::memory::Counting;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{ArgAction, Parser};

use miniphp_fpm::config::{Config, LogLevel};
use miniphp_fpm::{ini, log, master};

/// Exit status of a configuration or start-up failure, as php-fpm (EX_CONFIG).
const EX_CONFIG: u8 = 78;

#[derive(Parser, Debug)]
#[command(
    name = "miniphp-fpm",
    about = "A FastCGI process manager for miniphp, with php-fpm's configuration and command line",
    disable_version_flag = true
)]
struct Cli {
    /// Specify alternative path to FastCGI process manager config file.
    #[arg(short = 'y', long = "fpm-config", value_name = "FILE")]
    fpm_config: Option<PathBuf>,
    /// Test FPM configuration and exit.
    #[arg(short = 't', long = "test", action = ArgAction::Count)]
    test: u8,
    /// Force to stay in foreground, and ignore daemonize option from config file.
    #[arg(short = 'F', long = "nodaemonize")]
    nodaemonize: bool,
    /// Force to run in background, and ignore daemonize option from config file.
    #[arg(short = 'D', long = "daemonize")]
    daemonize: bool,
    /// Specify the PID file location.
    #[arg(short = 'g', long = "pid", value_name = "FILE")]
    pid: Option<PathBuf>,
    /// Allow pool to run as root (disabled by default).
    #[arg(short = 'R', long = "allow-to-run-as-root")]
    allow_root: bool,
    /// Define INI entry foo with value 'bar'.
    #[arg(short = 'd', value_name = "foo[=bar]")]
    define: Vec<String>,
    /// Look for php.ini file in this directory (or use this file).
    #[arg(short = 'c', long = "php-ini", value_name = "PATH")]
    php_ini: Option<PathBuf>,
    /// No php.ini file will be used.
    #[arg(short = 'n', long = "no-php-ini")]
    no_php_ini: bool,
    /// Specify alternative prefix path (accepted; paths here are taken as given).
    #[arg(short = 'p', long = "prefix", value_name = "DIR")]
    prefix: Option<PathBuf>,
    /// Version number.
    #[arg(short = 'v', long = "version")]
    version: bool,
    /// Listen address of the embedded default pool (without -y).
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// Workers of the embedded default pool (without -y).
    #[arg(long, value_name = "N")]
    workers: Option<u32>,
}

fn print_log(level: LogLevel, msg: &str) {
    eprint!("{}", log::line(level, msg));
}

fn fail(lines: &[(LogLevel, String)]) -> ExitCode {
    for (level, msg) in lines {
        print_log(*level, msg);
    }
    print_log(LogLevel::Error, "FPM initialization failed");
    ExitCode::from(EX_CONFIG)
}

/// php.ini values from `-c` (a file, or a directory holding php.ini).
fn php_ini_values(path: &Path) -> Result<Vec<(String, String)>, String> {
    let file = if path.is_dir() {
        path.join("php.ini")
    } else {
        path.to_path_buf()
    };
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("failed to open php.ini '{}': {e}", file.display()))?;
    let lines =
        ini::parse(&text).map_err(|e| format!("[{}:{}] {}", file.display(), e.line, e.message))?;
    Ok(lines
        .into_iter()
        .filter_map(|(_, l)| match l {
            ini::Line::Entry { key, value } if key != "zend_extension" && key != "extension" => {
                Some((key, value))
            }
            _ => None,
        })
        .collect())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.version {
        println!(
            "miniphp-fpm {} (fpm-fcgi), PHP 8.2 compatible\nminiphp: a PHP 8.2 interpreter in Rust",
            env!("CARGO_PKG_VERSION")
        );
        return ExitCode::SUCCESS;
    }
    let as_root = nix::unistd::geteuid().is_root();
    let loaded = match &cli.fpm_config {
        Some(path) => Config::load(path, as_root, cli.allow_root),
        None => {
            let listen = cli.listen.as_deref().unwrap_or("127.0.0.1:9000");
            let text = Config::embedded(listen, cli.workers.unwrap_or(4).max(1));
            Config::from_text(&text, as_root, cli.allow_root)
        }
    };
    let mut config = match loaded {
        Ok(c) => c,
        Err(e) => return fail(&e.lines()),
    };
    if cli.fpm_config.is_some() {
        for pool in &mut config.pools {
            if let Some(l) = &cli.listen {
                pool.listen = l.clone();
            }
            if let Some(n) = cli.workers {
                pool.max_children = n.max(1);
            }
        }
    }
    if let Some(pid) = &cli.pid {
        config.global.pid = Some(pid.clone());
    }
    if cli.test > 0 {
        let shown = config
            .file
            .as_ref()
            .map_or("(embedded)".to_string(), |p| p.display().to_string());
        print_log(
            LogLevel::Notice,
            &format!("configuration file {shown} test is successful\n"),
        );
        return ExitCode::SUCCESS;
    }
    let mut ini_values = Vec::new();
    if let (Some(path), false) = (&cli.php_ini, cli.no_php_ini) {
        match php_ini_values(path) {
            Ok(v) => ini_values = v,
            Err(e) => return fail(&[(LogLevel::Error, e)]),
        }
    }
    for d in &cli.define {
        let (k, v) = d.split_once('=').unwrap_or((d.as_str(), "1"));
        ini_values.push((k.to_string(), v.to_string()));
    }
    let daemonize = if cli.nodaemonize {
        false
    } else {
        cli.daemonize || config.global.daemonize
    };
    let opts = master::Options {
        config,
        ini: ini_values,
        daemonize,
        argv: std::env::args_os().collect(),
    };
    match master::run(opts) {
        Ok(code) => ExitCode::from(code as u8),
        Err(master::StartError(msg)) => fail(&[(LogLevel::Error, msg)]),
    }
}
