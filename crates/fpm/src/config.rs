//! The configuration in php-fpm's format: a `[global]` section and pool sections,
//! `include=` globs, `php_value[...]`/`php_admin_value[...]`/`php_flag[...]`,
//! `env[...]`, `$pool` substitution; checked with php-fpm's messages.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::ini::{self, Line};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pm {
    Static,
    Dynamic,
    OnDemand,
}

impl Pm {
    pub fn name(self) -> &'static str {
        match self {
            Pm::Static => "static",
            Pm::Dynamic => "dynamic",
            Pm::OnDemand => "ondemand",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    Debug,
    Notice,
    Warning,
    Error,
    Alert,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Global {
    pub pid: Option<PathBuf>,
    /// A path, or None for stderr.
    pub error_log: Option<PathBuf>,
    pub log_level: LogLevel,
    pub process_control_timeout: Duration,
    pub daemonize: bool,
}

/// A `php_value`-like setting given to the VM of every request of a pool.
#[derive(Clone, Debug, PartialEq)]
pub struct PhpSetting {
    pub name: String,
    pub value: String,
    pub admin: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pool {
    pub name: String,
    pub user: Option<String>,
    pub group: Option<String>,
    pub listen: String,
    /// -1: the system's maximum (somaxconn), as php-fpm on Linux.
    pub listen_backlog: i32,
    pub listen_owner: Option<String>,
    pub listen_group: Option<String>,
    pub listen_mode: u32,
    pub pm: Pm,
    pub max_children: u32,
    pub start_servers: u32,
    pub min_spare_servers: u32,
    pub max_spare_servers: u32,
    pub process_idle_timeout: Duration,
    pub max_requests: u64,
    pub status_path: Option<String>,
    pub ping_path: Option<String>,
    pub ping_response: String,
    pub access_log: Option<PathBuf>,
    pub access_format: String,
    pub slowlog: Option<PathBuf>,
    pub request_slowlog_timeout: Duration,
    pub request_terminate_timeout: Duration,
    pub catch_workers_output: bool,
    pub decorate_workers_output: bool,
    pub clear_env: bool,
    pub limit_extensions: Vec<String>,
    pub chdir: Option<PathBuf>,
    pub env: Vec<(String, String)>,
    pub php: Vec<PhpSetting>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub file: Option<PathBuf>,
    pub global: Global,
    pub pools: Vec<Pool>,
}

/// How a configuration failed, worded as php-fpm logs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// A syntax or value error while reading a file: `ERROR: msg`, then
    /// `ERROR: failed to load configuration file 'F'`.
    Load { message: String, file: String },
    /// A check after reading: `ALERT:`/`ERROR: msg`, then
    /// `ERROR: failed to post process the configuration`.
    Post { level: LogLevel, message: String },
}

impl ConfigError {
    /// The log lines (level, message) php-fpm prints for this error.
    pub fn lines(&self) -> Vec<(LogLevel, String)> {
        match self {
            ConfigError::Load { message, file } => vec![
                (LogLevel::Error, message.clone()),
                (
                    LogLevel::Error,
                    format!("failed to load configuration file '{file}'"),
                ),
            ],
            ConfigError::Post { level, message } => vec![
                (*level, message.clone()),
                (
                    LogLevel::Error,
                    "failed to post process the configuration".into(),
                ),
            ],
        }
    }
}

/// php-fpm's built-in default (the `%Q%q` variant in www.conf is only a comment).
pub const DEFAULT_ACCESS_FORMAT: &str = "%R - %u %t \"%m %r\" %s";

impl Default for Global {
    fn default() -> Global {
        Global {
            pid: None,
            error_log: None,
            log_level: LogLevel::Notice,
            process_control_timeout: Duration::ZERO,
            daemonize: true,
        }
    }
}

impl Pool {
    pub fn new(name: &str) -> Pool {
        Pool {
            name: name.to_string(),
            user: None,
            group: None,
            listen: String::new(),
            listen_backlog: -1,
            listen_owner: None,
            listen_group: None,
            listen_mode: 0o660,
            pm: Pm::Static,
            max_children: 0,
            start_servers: 0,
            min_spare_servers: 0,
            max_spare_servers: 0,
            process_idle_timeout: Duration::from_secs(10),
            max_requests: 0,
            status_path: None,
            ping_path: None,
            ping_response: "pong".into(),
            access_log: None,
            access_format: DEFAULT_ACCESS_FORMAT.into(),
            slowlog: None,
            request_slowlog_timeout: Duration::ZERO,
            request_terminate_timeout: Duration::ZERO,
            catch_workers_output: false,
            decorate_workers_output: true,
            clear_env: true,
            limit_extensions: vec![".php".into(), ".phar".into()],
            chdir: None,
            env: Vec::new(),
            php: Vec::new(),
        }
    }

    /// The value of a php setting for this pool (the last one given wins).
    pub fn php_value(&self, name: &str) -> Option<&str> {
        self.php
            .iter()
            .rev()
            .find(|s| s.name == name)
            .map(|s| s.value.as_str())
    }
}

/// php-fpm's time values: a number of seconds, or with an s/m/h/d suffix.
pub fn parse_duration(v: &str) -> Result<Duration, String> {
    let v = v.trim();
    let (num, mult) = match v.char_indices().last() {
        Some((i, 's')) => (&v[..i], 1),
        Some((i, 'm')) => (&v[..i], 60),
        Some((i, 'h')) => (&v[..i], 3600),
        Some((i, 'd')) => (&v[..i], 86400),
        Some((_, c)) if c.is_ascii_digit() => (v, 1),
        _ => return Err("unknown suffix used in time value".into()),
    };
    num.parse::<u64>()
        .map(|n| Duration::from_secs(n * mult))
        .map_err(|_| "invalid time value".into())
}

fn parse_int(v: &str) -> Result<i64, String> {
    v.trim()
        .parse::<i64>()
        .ok()
        .filter(|&n| n >= 0)
        .ok_or_else(|| "is not a valid number (greater or equal than zero)".into())
}

fn parse_flag(v: &str) -> Result<bool, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "yes" | "on" | "true" => Ok(true),
        "" | "0" | "no" | "off" | "false" => Ok(false),
        _ => Err("invalid boolean value".into()),
    }
}

fn opt_string(v: &str) -> Option<String> {
    (!v.is_empty()).then(|| v.to_string())
}

fn opt_path(v: &str) -> Option<PathBuf> {
    opt_string(v).map(PathBuf::from)
}

fn set_global(g: &mut Global, key: &str, v: &str) -> Result<(), String> {
    match key {
        "pid" => g.pid = opt_path(v),
        "error_log" => g.error_log = opt_path(v),
        "log_level" => {
            g.log_level = match v.to_ascii_lowercase().as_str() {
                "debug" => LogLevel::Debug,
                "notice" => LogLevel::Notice,
                "warning" => LogLevel::Warning,
                "error" => LogLevel::Error,
                "alert" => LogLevel::Alert,
                _ => return Err("invalid value for 'log_level'".into()),
            }
        }
        "process_control_timeout" => g.process_control_timeout = parse_duration(v)?,
        "daemonize" => g.daemonize = parse_flag(v)?,
        // Accepted for compatibility; they change nothing here.
        "syslog.facility"
        | "syslog.ident"
        | "log_limit"
        | "log_buffering"
        | "emergency_restart_threshold"
        | "emergency_restart_interval"
        | "process.max"
        | "process.priority"
        | "rlimit_files"
        | "rlimit_core"
        | "events.mechanism"
        | "systemd_interval" => {}
        _ => return Err(String::new()),
    }
    Ok(())
}

fn set_pool(p: &mut Pool, key: &str, v: &str) -> Result<(), String> {
    let int = |v: &str| parse_int(v);
    match key {
        "user" => p.user = opt_string(v),
        "group" => p.group = opt_string(v),
        "listen" => p.listen = v.to_string(),
        "listen.backlog" => {
            p.listen_backlog = v
                .trim()
                .parse()
                .map_err(|_| "is not a valid number".to_string())?
        }
        "listen.owner" => p.listen_owner = opt_string(v),
        "listen.group" => p.listen_group = opt_string(v),
        "listen.mode" => {
            p.listen_mode =
                u32::from_str_radix(v.trim(), 8).map_err(|_| "invalid mode".to_string())?
        }
        "pm" => {
            p.pm = match v {
                "static" => Pm::Static,
                "dynamic" => Pm::Dynamic,
                "ondemand" => Pm::OnDemand,
                _ => return Err("invalid process manager (static, dynamic or ondemand)".into()),
            }
        }
        "pm.max_children" => p.max_children = int(v)? as u32,
        "pm.start_servers" => p.start_servers = int(v)? as u32,
        "pm.min_spare_servers" => p.min_spare_servers = int(v)? as u32,
        "pm.max_spare_servers" => p.max_spare_servers = int(v)? as u32,
        "pm.process_idle_timeout" => p.process_idle_timeout = parse_duration(v)?,
        "pm.max_requests" => p.max_requests = int(v)? as u64,
        "pm.status_path" => p.status_path = opt_string(v),
        "ping.path" => p.ping_path = opt_string(v),
        "ping.response" => p.ping_response = v.to_string(),
        "access.log" => p.access_log = opt_path(v),
        "access.format" => p.access_format = v.to_string(),
        "slowlog" => p.slowlog = opt_path(v),
        "request_slowlog_timeout" => p.request_slowlog_timeout = parse_duration(v)?,
        "request_terminate_timeout" => p.request_terminate_timeout = parse_duration(v)?,
        "catch_workers_output" => p.catch_workers_output = parse_flag(v)?,
        "decorate_workers_output" => p.decorate_workers_output = parse_flag(v)?,
        "clear_env" => p.clear_env = parse_flag(v)?,
        "security.limit_extensions" => {
            p.limit_extensions = v.split_whitespace().map(str::to_string).collect()
        }
        "chdir" => p.chdir = opt_path(v),
        // Accepted for compatibility; they change nothing here.
        "listen.acl_users"
        | "listen.acl_groups"
        | "listen.allowed_clients"
        | "listen.setfib"
        | "process.priority"
        | "process.dumpable"
        | "pm.max_spawn_rate"
        | "pm.status_listen"
        | "request_slowlog_trace_depth"
        | "request_terminate_timeout_track_finished"
        | "rlimit_files"
        | "rlimit_core"
        | "chroot"
        | "apparmor"
        | "prefix" => {}
        _ => return set_keyed(p, key, v),
    }
    Ok(())
}

/// `env[NAME]`, `php_value[name]` and friends.
fn set_keyed(p: &mut Pool, key: &str, v: &str) -> Result<(), String> {
    let (kind, name) = key
        .strip_suffix(']')
        .and_then(|k| k.split_once('['))
        .ok_or_else(String::new)?;
    if name.is_empty() {
        return Err(String::new());
    }
    let (admin, flag) = match kind {
        "env" => {
            p.env.push((name.to_string(), v.to_string()));
            return Ok(());
        }
        "php_value" => (false, false),
        "php_flag" => (false, true),
        "php_admin_value" => (true, false),
        "php_admin_flag" => (true, true),
        _ => return Err(String::new()),
    };
    let value = if flag {
        if parse_flag(v)? { "1" } else { "0" }.to_string()
    } else {
        v.to_string()
    };
    p.php.push(PhpSetting {
        name: name.to_string(),
        value,
        admin,
    });
    Ok(())
}

/// `*` and `?` in a file name (php-fpm's include takes glob(3) patterns; the
/// wildcards are honoured in the last path component, which is how they are used).
fn glob(pattern: &Path) -> Option<Vec<PathBuf>> {
    let name = pattern.file_name()?.to_str()?;
    if !name.contains(['*', '?']) {
        return pattern.exists().then(|| vec![pattern.to_path_buf()]);
    }
    let dir = pattern.parent().filter(|d| !d.as_os_str().is_empty());
    let dir = dir.unwrap_or(Path::new("."));
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_str().is_some_and(|n| wildcard(name, n)))
        .map(|e| e.path())
        .collect();
    found.sort();
    (!found.is_empty()).then_some(found)
}

fn wildcard(pattern: &str, name: &str) -> bool {
    fn go(p: &[u8], n: &[u8]) -> bool {
        match (p.first(), n.first()) {
            (None, None) => true,
            (Some(b'*'), _) => go(&p[1..], n) || (!n.is_empty() && go(p, &n[1..])),
            (Some(b'?'), Some(_)) => go(&p[1..], &n[1..]),
            (Some(a), Some(b)) if a == b => go(&p[1..], &n[1..]),
            _ => false,
        }
    }
    // Hidden files match only an explicit leading dot, as in glob(3).
    (!name.starts_with('.') || pattern.starts_with('.')) && go(pattern.as_bytes(), name.as_bytes())
}

/// Where each section's entries go while reading.
enum Section {
    Global,
    Pool(usize),
}

struct Reader {
    global: Global,
    pools: Vec<Pool>,
    depth: usize,
}

impl Reader {
    fn read_file(&mut self, path: &Path, section: &mut Section) -> Result<(), ConfigError> {
        let shown = path.display().to_string();
        let load_err = |message: String| ConfigError::Load {
            message,
            file: shown.clone(),
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            load_err(format!(
                "failed to open configuration file '{shown}': {}",
                io_reason(&e)
            ))
        })?;
        self.read_text(&text, &shown, path.parent(), section)
    }

    fn read_text(
        &mut self,
        text: &str,
        shown: &str,
        dir: Option<&Path>,
        section: &mut Section,
    ) -> Result<(), ConfigError> {
        let load_err = |message: String| ConfigError::Load {
            message,
            file: shown.to_string(),
        };
        let lines = ini::parse(text)
            .map_err(|e| load_err(format!("[{shown}:{}] {}", e.line, e.message)))?;
        for (line, l) in lines {
            match l {
                Line::Section(name) if name == "global" => *section = Section::Global,
                Line::Section(name) => {
                    let idx = match self.pools.iter().position(|p| p.name == name) {
                        Some(i) => i,
                        None => {
                            self.pools.push(Pool::new(&name));
                            self.pools.len() - 1
                        }
                    };
                    *section = Section::Pool(idx);
                }
                Line::Entry { key, value } if key == "include" => {
                    self.include(&value, shown, line, dir, section)?
                }
                Line::Entry { key, value } => {
                    let r = match section {
                        Section::Global => set_global(&mut self.global, &key, &value),
                        Section::Pool(i) => {
                            let p = &mut self.pools[*i];
                            let value = value.replace("$pool", &p.name);
                            set_pool(p, &key, &value)
                        }
                    };
                    r.map_err(|why| {
                        load_err(if why.is_empty() {
                            format!("[{shown}:{line}] unknown entry '{key}'")
                        } else {
                            format!(
                                "[{shown}:{line}] unable to parse value for entry '{key}': {why}"
                            )
                        })
                    })?;
                }
            }
        }
        Ok(())
    }

    fn include(
        &mut self,
        pattern: &str,
        shown: &str,
        line: usize,
        dir: Option<&Path>,
        section: &mut Section,
    ) -> Result<(), ConfigError> {
        let mut path = PathBuf::from(pattern);
        if path.is_relative() {
            if let Some(d) = dir {
                path = d.join(path);
            }
        }
        let files = glob(&path).ok_or_else(|| ConfigError::Load {
            message: format!(
                "Unable to globalize '{pattern}' (ret=2) from {shown} at line {line}."
            ),
            file: shown.to_string(),
        })?;
        self.depth += 1;
        if self.depth > 16 {
            return Err(ConfigError::Load {
                message: format!("[{shown}:{line}] includes nested too deeply"),
                file: shown.to_string(),
            });
        }
        for f in files {
            self.read_file(&f, section)?;
        }
        self.depth -= 1;
        Ok(())
    }
}

fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    // "No such file or directory (os error 2)" → "No such file or directory (2)"
    text.replace("os error ", "")
}

fn post(level: LogLevel, message: String) -> ConfigError {
    ConfigError::Post { level, message }
}

/// Checks made once everything is read, in php-fpm's order and words.
fn validate(
    pools: &mut [Pool],
    running_as_root: bool,
    allow_root: bool,
) -> Result<(), ConfigError> {
    if pools.is_empty() {
        return Err(post(
            LogLevel::Error,
            "No pool defined. at least one pool section must be specified in config file".into(),
        ));
    }
    for p in pools.iter_mut() {
        let n = &p.name;
        if p.listen.is_empty() {
            return Err(post(
                LogLevel::Alert,
                format!("[pool {n}] no listen address have been defined!"),
            ));
        }
        if running_as_root {
            if p.user.is_none() && !allow_root {
                return Err(post(
                    LogLevel::Alert,
                    format!("[pool {n}] user has not been defined"),
                ));
            }
            if !allow_root
                && (p.user.as_deref() == Some("root") || p.group.as_deref() == Some("root"))
            {
                return Err(post(
                    LogLevel::Error,
                    format!("[pool {n}] please specify user and group other than root"),
                ));
            }
        }
        if p.max_children < 1 {
            return Err(post(
                LogLevel::Alert,
                format!("[pool {n}] pm.max_children must be a positive value"),
            ));
        }
        if p.pm == Pm::Dynamic {
            let (min, max, children) = (p.min_spare_servers, p.max_spare_servers, p.max_children);
            if min < 1 {
                return Err(post(
                    LogLevel::Alert,
                    format!("[pool {n}] pm.min_spare_servers({min}) must be a positive value"),
                ));
            }
            if max < 1 {
                return Err(post(
                    LogLevel::Alert,
                    format!("[pool {n}] pm.max_spare_servers({max}) must be a positive value"),
                ));
            }
            if min > children || max > children {
                return Err(post(LogLevel::Alert, format!(
                    "[pool {n}] pm.min_spare_servers({min}) and pm.max_spare_servers({max}) cannot be greater than pm.max_children({children})"
                )));
            }
            if max < min {
                return Err(post(LogLevel::Alert, format!(
                    "[pool {n}] pm.max_spare_servers({max}) must not be less than pm.min_spare_servers({min})"
                )));
            }
            if p.start_servers == 0 {
                p.start_servers = min + (max - min) / 2;
            }
            let start = p.start_servers;
            if start < min || start > max {
                return Err(post(LogLevel::Alert, format!(
                    "[pool {n}] pm.start_servers({start}) must not be less than pm.min_spare_servers({min}) and not greater than pm.max_spare_servers({max})"
                )));
            }
        }
        for (what, path) in [("ping", &p.ping_path), ("status", &p.status_path)] {
            if let Some(path) = path.as_deref().filter(|s| !s.starts_with('/')) {
                return Err(post(
                    LogLevel::Error,
                    format!("[pool {n}] the {what} path '{path}' must start with a '/'"),
                ));
            }
        }
        if p.limit_extensions.is_empty() {
            p.limit_extensions = vec![".php".into(), ".phar".into()];
        }
    }
    Ok(())
}

impl Config {
    /// Read `path` (and its includes) and check it.
    pub fn load(
        path: &Path,
        running_as_root: bool,
        allow_root: bool,
    ) -> Result<Config, ConfigError> {
        let mut r = Reader {
            global: Global::default(),
            pools: Vec::new(),
            depth: 0,
        };
        r.read_file(path, &mut Section::Global)?;
        validate(&mut r.pools, running_as_root, allow_root)?;
        Ok(Config {
            file: Some(path.to_path_buf()),
            global: r.global,
            pools: r.pools,
        })
    }

    /// A configuration from text (the embedded default, tests).
    pub fn from_text(
        text: &str,
        running_as_root: bool,
        allow_root: bool,
    ) -> Result<Config, ConfigError> {
        let mut r = Reader {
            global: Global::default(),
            pools: Vec::new(),
            depth: 0,
        };
        r.read_text(text, "(embedded)", None, &mut Section::Global)?;
        validate(&mut r.pools, running_as_root, allow_root)?;
        Ok(Config {
            file: None,
            global: r.global,
            pools: r.pools,
        })
    }

    /// The configuration used without `-y`: one static pool in the foreground.
    pub fn embedded(listen: &str, workers: u32) -> String {
        format!(
            "[global]\ndaemonize = no\n\n[www]\nlisten = {listen}\npm = static\n\
             pm.max_children = {workers}\ncatch_workers_output = yes\n"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        Config::from_text(text, false, false)
    }

    fn post_msg(text: &str) -> String {
        match load(text) {
            Err(ConfigError::Post { message, .. }) => message,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn embedded_default_is_valid() {
        let c = load(&Config::embedded("127.0.0.1:9000", 3)).unwrap();
        assert!(!c.global.daemonize);
        assert_eq!(c.pools[0].listen, "127.0.0.1:9000");
        assert_eq!(c.pools[0].max_children, 3);
        assert_eq!(c.pools[0].pm, Pm::Static);
        assert_eq!(c.pools[0].access_format, DEFAULT_ACCESS_FORMAT);
    }

    #[test]
    fn pool_entries_and_pool_substitution() {
        let c = load(
            "[global]\npid=/tmp/x.pid\nlog_level=warning\n[web]\nlisten=/run/$pool.sock\n\
             listen.mode=0666\npm=dynamic\npm.max_children=10\npm.min_spare_servers=2\n\
             pm.max_spare_servers=6\nrequest_terminate_timeout=2m\nslowlog=/var/log/$pool.slow\n\
             php_value[memory_limit]=64M\nphp_admin_flag[log_errors]=on\nenv[APP]=$pool\n\
             security.limit_extensions=.php .php8\n",
        )
        .unwrap();
        let p = &c.pools[0];
        assert_eq!(c.global.log_level, LogLevel::Warning);
        assert_eq!(p.listen, "/run/web.sock");
        assert_eq!(p.listen_mode, 0o666);
        assert_eq!(p.start_servers, 4);
        assert_eq!(p.request_terminate_timeout, Duration::from_secs(120));
        assert_eq!(p.slowlog, Some(PathBuf::from("/var/log/web.slow")));
        assert_eq!(p.php_value("memory_limit"), Some("64M"));
        assert_eq!(p.php_value("log_errors"), Some("1"));
        assert!(p.php[1].admin);
        assert_eq!(p.env, vec![("APP".to_string(), "web".to_string())]);
        assert_eq!(p.limit_extensions, vec![".php", ".php8"]);
    }

    #[test]
    fn load_errors_use_php_fpm_words() {
        let msg = |t: &str| match load(t) {
            Err(ConfigError::Load { message, .. }) => message,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            msg("[www]\nlisten=1\npm=bogus\n"),
            "[(embedded):3] unable to parse value for entry 'pm': invalid process manager (static, dynamic or ondemand)"
        );
        assert_eq!(
            msg("[www]\nfoo=bar\n"),
            "[(embedded):2] unknown entry 'foo'"
        );
        assert_eq!(
            msg("[www]\npm.max_children=abc\n"),
            "[(embedded):2] unable to parse value for entry 'pm.max_children': is not a valid number (greater or equal than zero)"
        );
        assert_eq!(
            msg("[www]\nrequest_terminate_timeout=5x\n"),
            "[(embedded):2] unable to parse value for entry 'request_terminate_timeout': unknown suffix used in time value"
        );
        assert_eq!(
            msg("[global]\nlog_level=bogus\n"),
            "[(embedded):2] unable to parse value for entry 'log_level': invalid value for 'log_level'"
        );
    }

    #[test]
    fn checks_after_reading() {
        assert_eq!(
            post_msg("[global]\n"),
            "No pool defined. at least one pool section must be specified in config file"
        );
        assert_eq!(
            post_msg("[www]\npm=static\n"),
            "[pool www] no listen address have been defined!"
        );
        assert_eq!(
            post_msg("[www]\nlisten=1\npm=static\n"),
            "[pool www] pm.max_children must be a positive value"
        );
        let dynamic = "[www]\nlisten=1\npm=dynamic\npm.max_children=5\n";
        assert_eq!(
            post_msg(&format!("{dynamic}pm.min_spare_servers=1\npm.max_spare_servers=3\npm.start_servers=4\n")),
            "[pool www] pm.start_servers(4) must not be less than pm.min_spare_servers(1) and not greater than pm.max_spare_servers(3)"
        );
        assert_eq!(
            post_msg(&format!(
                "{dynamic}pm.min_spare_servers=3\npm.max_spare_servers=2\n"
            )),
            "[pool www] pm.max_spare_servers(2) must not be less than pm.min_spare_servers(3)"
        );
        assert_eq!(
            post_msg("[www]\nlisten=1\npm=static\npm.max_children=1\nping.path=ping\n"),
            "[pool www] the ping path 'ping' must start with a '/'"
        );
    }

    #[test]
    fn root_needs_a_user_or_allow_root() {
        let text = "[www]\nlisten=1\npm.max_children=1\n";
        assert!(matches!(
            Config::from_text(text, true, false),
            Err(ConfigError::Post { message, .. }) if message == "[pool www] user has not been defined"
        ));
        assert!(Config::from_text(text, true, true).is_ok());
        let as_root = format!("{text}user=root\n");
        assert!(matches!(
            Config::from_text(&as_root, true, false),
            Err(ConfigError::Post { message, .. }) if message == "[pool www] please specify user and group other than root"
        ));
    }

    #[test]
    fn includes_with_globs_and_same_named_sections_merge() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("pool.d")).unwrap();
        std::fs::write(
            d.join("pool.d/a.conf"),
            "[a]\nlisten=1\npm.max_children=1\n",
        )
        .unwrap();
        std::fs::write(
            d.join("pool.d/b.conf"),
            "[b]\nlisten=2\npm.max_children=2\n",
        )
        .unwrap();
        std::fs::write(d.join("pool.d/skip.txt"), "junk").unwrap();
        std::fs::write(
            d.join("main.conf"),
            "[global]\ninclude=pool.d/*.conf\n[a]\npm.max_children=7\n",
        )
        .unwrap();
        let c = Config::load(&d.join("main.conf"), false, false).unwrap();
        let names: Vec<_> = c
            .pools
            .iter()
            .map(|p| (p.name.as_str(), p.max_children))
            .collect();
        assert_eq!(names, vec![("a", 7), ("b", 2)]);
        std::fs::write(d.join("bad.conf"), "include=/nonexistent/dir/*.conf\n").unwrap();
        match Config::load(&d.join("bad.conf"), false, false) {
            Err(ConfigError::Load { message, .. }) => assert!(
                message.starts_with("Unable to globalize '/nonexistent/dir/*.conf' (ret=2) from "),
                "{message}"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn durations_and_wildcards() {
        assert_eq!(parse_duration("10").unwrap(), Duration::from_secs(10));
        assert_eq!(parse_duration("10s").unwrap(), Duration::from_secs(10));
        assert_eq!(parse_duration("1h").unwrap(), Duration::from_secs(3600));
        assert!(parse_duration("1x").is_err());
        assert!(wildcard("*.conf", "www.conf"));
        assert!(!wildcard("*.conf", ".hidden.conf"));
        assert!(wildcard("w?w.conf", "www.conf"));
        assert!(!wildcard("*.conf", "www.conf.bak"));
    }
}
