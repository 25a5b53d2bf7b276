//! Error levels (`E_*`) and how a reported error is written.

use crate::builtins::BuiltinSpec;

pub const E_ERROR: i64 = 1;
pub const E_WARNING: i64 = 2;
pub const E_PARSE: i64 = 4;
pub const E_NOTICE: i64 = 8;
pub const E_CORE_ERROR: i64 = 16;
pub const E_CORE_WARNING: i64 = 32;
pub const E_COMPILE_ERROR: i64 = 64;
pub const E_COMPILE_WARNING: i64 = 128;
pub const E_USER_ERROR: i64 = 256;
pub const E_USER_WARNING: i64 = 512;
pub const E_USER_NOTICE: i64 = 1024;
pub const E_STRICT: i64 = 2048;
pub const E_RECOVERABLE_ERROR: i64 = 4096;
pub const E_DEPRECATED: i64 = 8192;
pub const E_USER_DEPRECATED: i64 = 16384;
pub const E_ALL: i64 = 32767;

/// What `@` leaves of error_reporting (the fatal kinds, as Zend's silence does).
pub const SILENCE_MASK: i64 =
    E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE;

/// The label PHP prints for a level (`php_error_cb`).
pub fn level_label(level: i64) -> &'static str {
    match level {
        E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR => "Fatal error",
        E_RECOVERABLE_ERROR => "Recoverable fatal error",
        E_WARNING | E_CORE_WARNING | E_COMPILE_WARNING | E_USER_WARNING => "Warning",
        E_PARSE => "Parse error",
        E_NOTICE | E_USER_NOTICE => "Notice",
        E_STRICT => "Strict Standards",
        E_DEPRECATED | E_USER_DEPRECATED => "Deprecated",
        _ => "Unknown error",
    }
}

/// The `E_*` constants by name.
pub const LEVEL_CONSTANTS: &[(&str, i64)] = &[
    ("E_ERROR", E_ERROR),
    ("E_WARNING", E_WARNING),
    ("E_PARSE", E_PARSE),
    ("E_NOTICE", E_NOTICE),
    ("E_CORE_ERROR", E_CORE_ERROR),
    ("E_CORE_WARNING", E_CORE_WARNING),
    ("E_COMPILE_ERROR", E_COMPILE_ERROR),
    ("E_COMPILE_WARNING", E_COMPILE_WARNING),
    ("E_USER_ERROR", E_USER_ERROR),
    ("E_USER_WARNING", E_USER_WARNING),
    ("E_USER_NOTICE", E_USER_NOTICE),
    ("E_STRICT", E_STRICT),
    ("E_RECOVERABLE_ERROR", E_RECOVERABLE_ERROR),
    ("E_DEPRECATED", E_DEPRECATED),
    ("E_USER_DEPRECATED", E_USER_DEPRECATED),
    ("E_ALL", E_ALL),
];

/// An alias's errors name the alias (`join(): Argument #2 ...`): each alias is a function
/// of its own in PHP, but a built-in writes its canonical name. The message is renamed
/// when it starts with the name of another built-in sharing `spec`'s handler.
pub(crate) fn rename_for_alias(spec: &BuiltinSpec, msg: &str) -> Option<String> {
    let (name, rest) = msg.split_once("()")?;
    if name == spec.name {
        return None;
    }
    let other = crate::builtins::table().get(name.as_bytes())?;
    std::ptr::fn_addr_eq(other.handler, spec.handler).then(|| format!("{}(){rest}", spec.name))
}

/// Where `display_errors` sends messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Display {
    Off,
    Stdout,
    Stderr,
}

impl Display {
    /// Parse an ini value (`0`, `1`, `On`, `stdout`, `stderr`…).
    pub fn parse(v: &str) -> Display {
        match v.trim().to_ascii_lowercase().as_str() {
            "stderr" => Display::Stderr,
            "1" | "on" | "yes" | "true" | "stdout" => Display::Stdout,
            _ => Display::Off,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_display() {
        assert_eq!(level_label(E_USER_WARNING), "Warning");
        assert_eq!(level_label(E_DEPRECATED), "Deprecated");
        assert_eq!(Display::parse("STDOUT"), Display::Stdout);
        assert_eq!(Display::parse("0"), Display::Off);
        assert_eq!(Display::parse("stderr"), Display::Stderr);
        assert_eq!(E_ALL & !E_DEPRECATED & !E_STRICT, 22527);
    }

    #[test]
    fn aliases_rename_their_errors() {
        let spec = |n: &str| {
            *crate::builtins::table()
                .get(n.as_bytes())
                .expect("built in")
        };
        let msg = "implode(): Argument #2 ($array) must be of type ?array, int given";
        assert_eq!(
            rename_for_alias(spec("join"), msg).as_deref(),
            Some("join(): Argument #2 ($array) must be of type ?array, int given")
        );
        assert_eq!(rename_for_alias(spec("implode"), msg), None);
        // Another function's error (from a callback, say) is left alone.
        assert_eq!(rename_for_alias(spec("sizeof"), msg), None);
    }
}
