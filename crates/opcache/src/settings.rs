//! The `opcache.*` ini settings, with PHP's names and defaults, and the
//! `directives` of `opcache_get_configuration()`.

use crate::hash::{table_bytes, table_size};
use crate::interned;
use crate::segment::{Header, Layout};

/// The settings this crate uses. Sizes are in bytes (the ini values of
/// `memory_consumption` and `interned_strings_buffer` are in MB).
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub enable: bool,
    /// The CLI uses the cache (within its one process) only when this is on.
    pub enable_cli: bool,
    pub memory_consumption: u64,
    pub interned_strings_buffer: u64,
    pub max_accelerated_files: u32,
    pub validate_timestamps: bool,
    /// Seconds between two mtime checks of a cached file (0: every load).
    pub revalidate_freq: i64,
    /// PHP: look an unresolved include name up again instead of trusting the
    /// key it was cached under. Reported only: the VM resolves every include name
    /// before calling the hook, so this cache always behaves as with it on.
    pub revalidate_path: bool,
    pub max_wasted_percentage: u64,
    /// A file changed less than this many seconds ago is compiled but not cached
    /// (it may still be being written).
    pub file_update_protection: i64,
    /// A script run at startup by the process that creates the segment.
    pub preload: String,
    /// A directory for compiled images on disk ("" for none).
    pub file_cache: String,
    /// Only the file cache: no shared memory.
    pub file_cache_only: bool,
    /// Check each image's checksum when loading it.
    pub file_cache_consistency_checks: bool,
    /// A file listing paths (one per line, `*` globs, `;` comments) never cached.
    pub blacklist_filename: String,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            enable: true,
            enable_cli: false,
            memory_consumption: 128 << 20,
            interned_strings_buffer: 8 << 20,
            max_accelerated_files: 10000,
            validate_timestamps: true,
            revalidate_freq: 2,
            revalidate_path: false,
            max_wasted_percentage: 5,
            file_update_protection: 2,
            preload: String::new(),
            file_cache: String::new(),
            file_cache_only: false,
            file_cache_consistency_checks: true,
            blacklist_filename: String::new(),
        }
    }
}

/// The `opcache.*` ini entries PHP registers, with their default strings (what
/// `ini_get()` shows when nothing set them).
pub const INI_DEFAULTS: &[(&str, &str)] = &[
    ("opcache.blacklist_filename", ""),
    ("opcache.consistency_checks", "0"),
    ("opcache.dups_fix", "0"),
    ("opcache.enable", "1"),
    ("opcache.enable_cli", "0"),
    ("opcache.enable_file_override", "0"),
    ("opcache.error_log", ""),
    ("opcache.file_cache", ""),
    ("opcache.file_cache_consistency_checks", "1"),
    ("opcache.file_cache_only", "0"),
    ("opcache.file_update_protection", "2"),
    ("opcache.force_restart_timeout", "180"),
    ("opcache.huge_code_pages", "0"),
    ("opcache.interned_strings_buffer", "8"),
    ("opcache.jit", ""),
    ("opcache.jit_buffer_size", "0"),
    ("opcache.lockfile_path", "/tmp"),
    ("opcache.log_verbosity_level", "1"),
    ("opcache.max_accelerated_files", "10000"),
    ("opcache.max_file_size", "0"),
    ("opcache.max_wasted_percentage", "5"),
    ("opcache.memory_consumption", "128"),
    ("opcache.opt_debug_level", "0"),
    ("opcache.optimization_level", "0x7FFEBFFF"),
    ("opcache.preferred_memory_model", ""),
    ("opcache.preload", ""),
    ("opcache.preload_user", ""),
    ("opcache.protect_memory", "0"),
    ("opcache.record_warnings", "0"),
    ("opcache.restrict_api", ""),
    ("opcache.revalidate_freq", "2"),
    ("opcache.revalidate_path", "0"),
    ("opcache.save_comments", "1"),
    ("opcache.use_cwd", "1"),
    ("opcache.validate_permission", "0"),
    ("opcache.validate_root", "0"),
    ("opcache.validate_timestamps", "1"),
];

/// PHP's boolean ini values (`1`, `On`, `yes`, `true`).
fn is_on(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "on" | "yes" | "true"
    ) || v.trim().parse::<i64>().is_ok_and(|n| n != 0)
}

/// One entry of `opcache_get_configuration()["directives"]`.
#[derive(Clone, Debug, PartialEq)]
pub enum Directive {
    Bool(bool),
    Long(i64),
    Double(f64),
    Str(String),
}

impl Settings {
    /// From ini values (`opcache.memory_consumption` in MB, …) as `get` returns them;
    /// a missing or malformed value keeps PHP's default.
    pub fn from_ini(get: impl Fn(&str) -> Option<String>) -> Settings {
        let d = Settings::default();
        let num = |name: &str| get(name).and_then(|v| v.trim().parse::<i64>().ok());
        let mb =
            |name: &str, default: u64| num(name).map_or(default, |v| v.max(0) as u64 * (1 << 20));
        let flag = |name: &str, default: bool| get(name).map_or(default, |v| is_on(&v));
        let text = |name: &str| get(name).unwrap_or_default().trim().to_string();
        Settings {
            enable: flag("opcache.enable", d.enable),
            enable_cli: flag("opcache.enable_cli", d.enable_cli),
            memory_consumption: mb("opcache.memory_consumption", d.memory_consumption),
            // Offsets into the buffer keep a tag bit free (see interned.rs).
            interned_strings_buffer: mb(
                "opcache.interned_strings_buffer",
                d.interned_strings_buffer,
            )
            .min(interned::MAX_BUFFER),
            max_accelerated_files: num("opcache.max_accelerated_files")
                .map_or(d.max_accelerated_files, |v| {
                    v.clamp(1, u32::MAX as i64) as u32
                }),
            validate_timestamps: flag("opcache.validate_timestamps", d.validate_timestamps),
            revalidate_freq: num("opcache.revalidate_freq").unwrap_or(d.revalidate_freq),
            revalidate_path: flag("opcache.revalidate_path", d.revalidate_path),
            max_wasted_percentage: num("opcache.max_wasted_percentage")
                .map_or(d.max_wasted_percentage, |v| v.clamp(1, 50) as u64),
            file_update_protection: num("opcache.file_update_protection")
                .unwrap_or(d.file_update_protection),
            preload: text("opcache.preload"),
            file_cache: text("opcache.file_cache"),
            file_cache_only: flag("opcache.file_cache_only", d.file_cache_only),
            file_cache_consistency_checks: flag(
                "opcache.file_cache_consistency_checks",
                d.file_cache_consistency_checks,
            ),
            blacklist_filename: text("opcache.blacklist_filename"),
        }
    }

    /// Whether a process of this kind uses the cache at all (`cli`: the CLI SAPI).
    pub fn enabled_for(&self, cli: bool) -> bool {
        self.enable && (!cli || self.enable_cli)
    }

    pub(crate) fn layout(&self) -> Layout {
        let slots = table_size(self.max_accelerated_files);
        let table_off = (std::mem::size_of::<Header>() as u64).next_multiple_of(8);
        let interned_off = (table_off + table_bytes(slots)).next_multiple_of(8);
        Layout {
            size: self.memory_consumption,
            table_off,
            table_slots: slots,
            interned_off,
            interned_size: self.interned_strings_buffer,
            heap_start: (interned_off + self.interned_strings_buffer).next_multiple_of(8),
        }
    }

    /// `opcache_get_configuration()["directives"]`, in PHP's order; settings this
    /// cache has no use for show PHP's defaults.
    pub fn directives(&self) -> Vec<(&'static str, Directive)> {
        use Directive::{Bool, Double, Long, Str};
        let long = |n: u64| Long(i64::try_from(n).unwrap_or(i64::MAX));
        let s = |v: &str| Str(v.to_string());
        vec![
            ("opcache.enable", Bool(self.enable)),
            ("opcache.enable_cli", Bool(self.enable_cli)),
            ("opcache.use_cwd", Bool(true)),
            (
                "opcache.validate_timestamps",
                Bool(self.validate_timestamps),
            ),
            ("opcache.validate_permission", Bool(false)),
            ("opcache.validate_root", Bool(false)),
            ("opcache.dups_fix", Bool(false)),
            ("opcache.revalidate_path", Bool(self.revalidate_path)),
            ("opcache.log_verbosity_level", Long(1)),
            ("opcache.memory_consumption", long(self.memory_consumption)),
            (
                "opcache.interned_strings_buffer",
                long(self.interned_strings_buffer >> 20),
            ),
            (
                "opcache.max_accelerated_files",
                long(self.max_accelerated_files as u64),
            ),
            (
                "opcache.max_wasted_percentage",
                Double(self.max_wasted_percentage as f64 / 100.0),
            ),
            ("opcache.consistency_checks", Long(0)),
            ("opcache.force_restart_timeout", Long(180)),
            ("opcache.revalidate_freq", Long(self.revalidate_freq)),
            ("opcache.preferred_memory_model", s("")),
            ("opcache.blacklist_filename", s(&self.blacklist_filename)),
            ("opcache.max_file_size", Long(0)),
            ("opcache.error_log", s("")),
            ("opcache.protect_memory", Bool(false)),
            ("opcache.save_comments", Bool(true)),
            ("opcache.record_warnings", Bool(false)),
            ("opcache.enable_file_override", Bool(false)),
            ("opcache.optimization_level", Long(2147401727)),
            ("opcache.lockfile_path", s("/tmp")),
            ("opcache.file_cache", s(&self.file_cache)),
            ("opcache.file_cache_only", Bool(self.file_cache_only)),
            (
                "opcache.file_cache_consistency_checks",
                Bool(self.file_cache_consistency_checks),
            ),
            (
                "opcache.file_update_protection",
                Long(self.file_update_protection),
            ),
            ("opcache.opt_debug_level", Long(0)),
            ("opcache.restrict_api", s("")),
            ("opcache.huge_code_pages", Bool(false)),
            ("opcache.preload", s(&self.preload)),
            ("opcache.preload_user", s("")),
            ("opcache.jit", s("")),
            ("opcache.jit_buffer_size", Long(0)),
            ("opcache.jit_debug", Long(0)),
            ("opcache.jit_bisect_limit", Long(0)),
            ("opcache.jit_blacklist_root_trace", Long(16)),
            ("opcache.jit_blacklist_side_trace", Long(8)),
            ("opcache.jit_hot_func", Long(127)),
            ("opcache.jit_hot_loop", Long(64)),
            ("opcache.jit_hot_return", Long(8)),
            ("opcache.jit_hot_side_exit", Long(8)),
            ("opcache.jit_max_exit_counters", Long(8192)),
            ("opcache.jit_max_loop_unrolls", Long(8)),
            ("opcache.jit_max_polymorphic_calls", Long(2)),
            ("opcache.jit_max_recursive_calls", Long(2)),
            ("opcache.jit_max_recursive_returns", Long(2)),
            ("opcache.jit_max_root_traces", Long(1024)),
            ("opcache.jit_max_side_traces", Long(128)),
            ("opcache.jit_prof_threshold", Long(0)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_ini_with_defaults() {
        let ini = |name: &str| match name {
            "opcache.memory_consumption" => Some("64".to_string()),
            "opcache.validate_timestamps" => Some("0".to_string()),
            "opcache.enable_cli" => Some("On".to_string()),
            "opcache.revalidate_freq" => Some("junk".to_string()),
            "opcache.file_cache" => Some(" /tmp/fc ".to_string()),
            _ => None,
        };
        let s = Settings::from_ini(ini);
        assert_eq!(s.memory_consumption, 64 << 20);
        assert!(!s.validate_timestamps);
        assert!(s.enable_cli && s.enabled_for(true));
        assert_eq!(s.revalidate_freq, 2);
        assert_eq!(s.file_cache, "/tmp/fc");
        let d = Settings::from_ini(|_| None);
        assert_eq!(d, Settings::default());
        assert!(d.enabled_for(false) && !d.enabled_for(true));
    }

    #[test]
    fn directives_as_php() {
        let d = Settings::default().directives();
        assert_eq!(d.len(), 53);
        assert_eq!(
            d[9],
            ("opcache.memory_consumption", Directive::Long(134217728))
        );
        assert_eq!(
            d[12],
            ("opcache.max_wasted_percentage", Directive::Double(0.05))
        );
    }
}
