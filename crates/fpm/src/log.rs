//! Logging as php-fpm does it: the error log (`[21-Nov-2026 08:00:24] NOTICE: …`),
//! the access log (`access.format`), and the times they print. Times are UTC
//! (`+0000`), the zone of the machines this runs on; each line is one `write` to a
//! file opened with O_APPEND, so the master's and the workers' lines never mix.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::config::LogLevel;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A broken-down UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub min: u32,
    pub sec: u32,
}

impl Tm {
    pub fn from_unix(secs: i64) -> Tm {
        // Days to civil date (H. Hinnant's algorithm).
        let days = secs.div_euclid(86400);
        let rem = secs.rem_euclid(86400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Tm {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            min: (rem % 3600 / 60) as u32,
            sec: (rem % 60) as u32,
        }
    }

    pub fn now() -> Tm {
        Tm::from_unix(unix_secs(SystemTime::now()))
    }

    /// A strftime subset: %Y %m %d %H %M %S %b %z %s %%.
    pub fn format(&self, fmt: &str) -> String {
        let mut out = String::new();
        let mut chars = fmt.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('Y') => out.push_str(&self.year.to_string()),
                Some('m') => out.push_str(&format!("{:02}", self.month)),
                Some('d') => out.push_str(&format!("{:02}", self.day)),
                Some('H') => out.push_str(&format!("{:02}", self.hour)),
                Some('M') => out.push_str(&format!("{:02}", self.min)),
                Some('S') => out.push_str(&format!("{:02}", self.sec)),
                Some('b') => out.push_str(MONTHS[(self.month - 1) as usize]),
                Some('z') => out.push_str("+0000"),
                Some('%') => out.push('%'),
                Some(o) => {
                    out.push('%');
                    out.push(o);
                }
                None => out.push('%'),
            }
        }
        out
    }
}

pub fn unix_secs(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `21/Nov/2026:08:00:24 +0000`, the status page's and access log's format.
pub fn clf_time(secs: i64) -> String {
    Tm::from_unix(secs).format("%d/%b/%Y:%H:%M:%S %z")
}

fn level_name(l: LogLevel) -> &'static str {
    match l {
        LogLevel::Debug => "DEBUG",
        LogLevel::Notice => "NOTICE",
        LogLevel::Warning => "WARNING",
        LogLevel::Error => "ERROR",
        LogLevel::Alert => "ALERT",
    }
}

/// One error-log line, newline included.
pub fn line(level: LogLevel, msg: &str) -> String {
    format!(
        "[{}] {}: {msg}\n",
        Tm::now().format("%d-%b-%Y %H:%M:%S"),
        level_name(level)
    )
}

/// The error log: a file, or stderr.
pub struct ErrorLog {
    file: Option<File>,
    level: LogLevel,
}

pub fn open_append(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

impl ErrorLog {
    pub fn open(path: Option<&Path>, level: LogLevel) -> std::io::Result<ErrorLog> {
        let file = path.map(open_append).transpose()?;
        Ok(ErrorLog { file, level })
    }

    pub fn log(&self, level: LogLevel, msg: &str) {
        if level >= self.level {
            self.write(&line(level, msg));
        }
    }

    /// A line as it is, without time or level (undecorated workers' output).
    pub fn raw(&self, text: &str) {
        self.write(&format!("{text}\n"));
    }

    fn write(&self, text: &str) {
        // A failed log write has nowhere better to go.
        let _ = match &self.file {
            Some(f) => (&*f).write_all(text.as_bytes()),
            None => std::io::stderr().write_all(text.as_bytes()),
        };
    }

    pub fn notice(&self, msg: &str) {
        self.log(LogLevel::Notice, msg);
    }

    pub fn warning(&self, msg: &str) {
        self.log(LogLevel::Warning, msg);
    }

    pub fn error(&self, msg: &str) {
        self.log(LogLevel::Error, msg);
    }
}

/// What one access-log line can tell about a request.
#[derive(Clone, Debug, Default)]
pub struct AccessInfo<'a> {
    pub params: &'a [(Vec<u8>, Vec<u8>)],
    pub pool: &'a str,
    pub remote_ip: String,
    pub method: String,
    pub script_name: String,
    pub query: String,
    pub script_filename: Option<String>,
    pub content_length: u64,
    pub status: u16,
    /// Response headers (`Name: value`).
    pub headers: Vec<String>,
    pub start: Option<SystemTime>,
    pub duration: Duration,
    pub cpu: Duration,
    pub memory: u64,
    pub pid: u32,
    pub ppid: u32,
}

fn param<'a>(params: &'a [(Vec<u8>, Vec<u8>)], name: &str) -> Option<&'a [u8]> {
    params
        .iter()
        .find(|(n, _)| n == name.as_bytes())
        .map(|(_, v)| v.as_slice())
}

/// One access-log line for `format` (php-fpm's `access.format` codes), newline
/// included.
pub fn access_line(format: &str, a: &AccessInfo) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut arg = None;
        if chars.peek() == Some(&'{') {
            chars.next();
            let mut s = String::new();
            for c in chars.by_ref() {
                if c == '}' {
                    break;
                }
                s.push(c);
            }
            arg = Some(s);
        }
        let Some(code) = chars.next() else {
            out.push('%');
            break;
        };
        let dash = |s: String| if s.is_empty() { "-".to_string() } else { s };
        let secs = a.duration.as_secs_f64();
        match code {
            '%' => out.push('%'),
            'C' => {
                let pct = if secs > 0.0 {
                    a.cpu.as_secs_f64() / secs * 100.0
                } else {
                    0.0
                };
                out.push_str(&format!("{pct:.2}"));
            }
            'd' => out.push_str(&match arg.as_deref() {
                Some("micro") => a.duration.as_micros().to_string(),
                Some("milli") | Some("mili") => format!("{:.3}", secs * 1000.0),
                _ => format!("{secs:.3}"),
            }),
            'e' => {
                let name = arg.unwrap_or_default();
                let v = param(a.params, &name).map(|v| String::from_utf8_lossy(v).into_owned());
                out.push_str(&dash(v.unwrap_or_default()));
            }
            'f' => out.push_str(&dash(a.script_filename.clone().unwrap_or_default())),
            'l' => out.push_str(&a.content_length.to_string()),
            'm' => out.push_str(&dash(a.method.clone())),
            'M' => out.push_str(&match arg.as_deref() {
                Some("kilo") => (a.memory / 1024).to_string(),
                Some("mega") => (a.memory / (1024 * 1024)).to_string(),
                _ => a.memory.to_string(),
            }),
            'n' => out.push_str(a.pool),
            'o' => {
                let name = arg.unwrap_or_default().to_ascii_lowercase();
                let v = a.headers.iter().find_map(|h| {
                    let (n, v) = h.split_once(':')?;
                    (n.trim().to_ascii_lowercase() == name).then(|| v.trim().to_string())
                });
                out.push_str(&dash(v.unwrap_or_default()));
            }
            'p' => out.push_str(&a.pid.to_string()),
            'P' => out.push_str(&a.ppid.to_string()),
            'q' => out.push_str(&a.query),
            'Q' => out.push_str(if a.query.is_empty() { "" } else { "?" }),
            'r' => out.push_str(&a.script_name),
            'R' => out.push_str(&dash(a.remote_ip.clone())),
            's' => out.push_str(&a.status.to_string()),
            't' | 'T' => {
                let t = if code == 't' {
                    a.start.unwrap_or_else(SystemTime::now)
                } else {
                    SystemTime::now()
                };
                let fmt = arg.unwrap_or_else(|| "%d/%b/%Y:%H:%M:%S %z".into());
                out.push_str(&Tm::from_unix(unix_secs(t)).format(&fmt));
            }
            'u' => {
                let v = param(a.params, "PHP_AUTH_USER")
                    .map(|v| String::from_utf8_lossy(v).into_owned());
                out.push_str(&v.unwrap_or_default());
            }
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out.push('\n');
    out
}

/// One slowlog entry as php-fpm writes it: the time, pool and pid, the script, then
/// the PHP stack innermost first (`[0x…] function() file:line`).
pub fn slowlog_entry(
    pool: &str,
    pid: u32,
    script: &str,
    frames: &[miniphp_vm::TraceFrame],
) -> String {
    let mut entry = format!(
        "\n[{}]  [pool {pool}] pid {pid}\nscript_filename = {script}\n",
        Tm::now().format("%d-%b-%Y %H:%M:%S")
    );
    for f in frames {
        entry.push_str(&format!(
            "[0x{:016x}] {}() {}:{}\n",
            f.address, f.function, f.file, f.line
        ));
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        let t = Tm::from_unix(1_795_248_024);
        assert_eq!(
            t.format("%d/%b/%Y:%H:%M:%S %z"),
            "21/Nov/2026:08:00:24 +0000"
        );
        assert_eq!(
            Tm::from_unix(0).format("%Y-%m-%d %H:%M:%S"),
            "1970-01-01 00:00:00"
        );
        assert_eq!(Tm::from_unix(951_782_400).format("%d-%b-%Y"), "29-Feb-2000");
    }

    #[test]
    fn error_log_line_shape() {
        let l = line(LogLevel::Notice, "fpm is running, pid 1");
        assert!(l.starts_with('['));
        assert!(l.ends_with("] NOTICE: fpm is running, pid 1\n"), "{l}");
        assert_eq!(
            l.len(),
            "[21-Nov-2026 08:00:24] NOTICE: fpm is running, pid 1\n".len()
        );
    }

    #[test]
    fn access_format_codes() {
        let params = vec![(b"HTTP_HOST".to_vec(), b"h".to_vec())];
        let a = AccessInfo {
            params: &params,
            pool: "www",
            remote_ip: "127.0.0.1".into(),
            method: "POST".into(),
            script_name: "/hello.php".into(),
            query: "a=1".into(),
            script_filename: Some("/srv/hello.php".into()),
            content_length: 3,
            status: 200,
            headers: vec!["Content-type: text/html".into()],
            start: Some(UNIX_EPOCH + Duration::from_secs(1_795_248_024)),
            duration: Duration::from_micros(1500),
            pid: 7,
            ppid: 1,
            ..Default::default()
        };
        assert_eq!(
            access_line(crate::config::DEFAULT_ACCESS_FORMAT, &a),
            "127.0.0.1 -  21/Nov/2026:08:00:24 +0000 \"POST /hello.php\" 200\n"
        );
        assert_eq!(
            access_line(
                "%{HTTP_HOST}e|%{X}e|%f|%l|%n|%{content-type}o|%p|%P|%r%Q%q|%d|%{micro}d|%{%Y}t|%%",
                &a
            ),
            "h|-|/srv/hello.php|3|www|text/html|7|1|/hello.php?a=1|0.002|1500|2026|%\n"
        );
    }
}
