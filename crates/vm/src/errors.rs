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

/// An engine message as PHP prints it: C's `%s` stops an anonymous class's name at
/// its NUL, so `class@anonymous\0/path/f.php:3$0::$x` reads `class@anonymous::$x`.
pub(crate) fn cut_anonymous_names(msg: &str) -> std::borrow::Cow<'_, str> {
    if !msg.contains("@anonymous\0") {
        return msg.into();
    }
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(at) = rest.find("@anonymous\0") {
        let name_end = at + "@anonymous".len();
        out.push_str(&rest[..name_end]);
        rest = &rest[name_end..];
        rest = &rest[anonymous_suffix_len(rest)..];
    }
    out.push_str(rest);
    out.into()
}

/// The length of `\0FILE:LINE$N` (N in hex) at the start of `s`, or of the NUL alone.
fn anonymous_suffix_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 1;
    while i < b.len() {
        if b[i] == b':' {
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let dollar = i + 1 + digits;
            if digits > 0 && b.get(dollar) == Some(&b'$') {
                let hex = b[dollar + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                if hex > 0 {
                    return dollar + 1 + hex;
                }
            }
        }
        i += 1;
    }
    1
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

    #[test]
    fn anonymous_class_names_stop_at_their_nul() {
        let m = "Typed property class@anonymous\0/t/a:b.php:3$1f::$x must not be accessed";
        assert_eq!(
            cut_anonymous_names(m),
            "Typed property class@anonymous::$x must not be accessed"
        );
        let two = "A@anonymous\0/f.php:1$0 and B@anonymous\0/f.php:2$1.";
        assert_eq!(cut_anonymous_names(two), "A@anonymous and B@anonymous.");
        assert_eq!(cut_anonymous_names("plain"), "plain");
    }
}
