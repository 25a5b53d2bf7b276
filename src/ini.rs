//! The INI settings the CLI hands to the engine.
//!
//! Without `-n`, miniphp behaves like Debian's `php` CLI with its php.ini;
//! with `-n`, like `php -n` (PHP's built-in defaults, which the engine owns).
//! `-d` settings come last and win.

/// Debian's `/etc/php/8.2/cli/php.ini` values that differ from PHP's built-in defaults.
pub const DEBIAN_CLI: &[(&str, &str)] = &[
    ("display_errors", "0"),
    ("display_startup_errors", "0"),
    ("log_errors", "1"),
    ("error_reporting", "22527"),
    ("memory_limit", "-1"),
    ("include_path", ".:/usr/share/php"),
    ("zend.exception_ignore_args", "1"),
    ("zend.exception_string_param_max_len", "0"),
    ("short_open_tag", "0"),
    ("precision", "14"),
    ("serialize_precision", "-1"),
];

/// PHP's built-in values for the settings the CLI itself reads (`-n`).
const BUILTIN: &[(&str, &str)] = &[
    ("display_errors", "1"),
    ("log_errors", "0"),
    ("error_reporting", "32767"),
];

/// Settings in the order they apply: the config file (unless `-n`), then `-d`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ini {
    pub entries: Vec<(String, String)>,
    /// `-n`: the engine starts from PHP's built-in defaults.
    pub no_config: bool,
}

impl Ini {
    /// `defines` are `-d` arguments: `name=value`, or `name` alone meaning `1` (as php does).
    pub fn new(no_config: bool, defines: &[String]) -> Ini {
        let mut entries: Vec<(String, String)> = if no_config {
            Vec::new()
        } else {
            DEBIAN_CLI
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        for d in defines {
            let (k, v) = d.split_once('=').unwrap_or((d.as_str(), "1"));
            entries.push((k.trim().to_string(), v.trim().to_string()));
        }
        Ini { entries, no_config }
    }

    /// The effective value of a setting.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .or_else(|| BUILTIN.iter().find(|(k, _)| *k == name).map(|(_, v)| *v))
    }
}

/// Where `display_errors` sends messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Display {
    Off,
    Stdout,
    Stderr,
}

/// PHP's parsing of `display_errors` (`php_get_display_errors_mode`).
pub fn display_mode(value: &str) -> Display {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" | "stdout" => Display::Stdout,
        "stderr" => Display::Stderr,
        v => match v.parse::<i64>() {
            Ok(0) | Err(_) => Display::Off,
            Ok(2) => Display::Stderr,
            Ok(_) => Display::Stdout,
        },
    }
}

/// PHP's boolean INI values (`1`, `On`, `yes`, `true`).
pub fn is_on(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "on" | "yes" | "true"
    ) || value.trim().parse::<i64>().is_ok_and(|n| n != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debian_defaults_then_overrides() {
        let ini = Ini::new(false, &["display_errors=1".into(), "foo".into()]);
        assert_eq!(ini.get("display_errors"), Some("1"));
        assert_eq!(ini.get("log_errors"), Some("1"));
        assert_eq!(ini.get("foo"), Some("1"));
        assert_eq!(ini.get("error_reporting"), Some("22527"));
    }

    #[test]
    fn no_config_uses_builtin_values() {
        let ini = Ini::new(true, &[]);
        assert!(ini.entries.is_empty());
        assert_eq!(ini.get("display_errors"), Some("1"));
        assert_eq!(ini.get("log_errors"), Some("0"));
    }

    #[test]
    fn display_and_bool_parsing() {
        assert_eq!(display_mode("stderr"), Display::Stderr);
        assert_eq!(display_mode("On"), Display::Stdout);
        assert_eq!(display_mode("0"), Display::Off);
        assert_eq!(display_mode("off"), Display::Off);
        assert!(is_on("On") && is_on("1") && !is_on("0") && !is_on("off"));
    }
}
