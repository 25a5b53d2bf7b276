//! The INI settings the CLI hands to the engine: `-n` and the `-d` entries.
//! (The engine owns the defaults: Debian's php.ini values, or PHP's built-in
//! ones under `-n`.)

use miniphp_vm::builtins::ini::cli_define_value;
use miniphp_vm::IniOverrides;

/// `defines` are `-d` arguments: `name=value`, or `name` alone meaning `1` (as php does).
pub fn overrides(no_ini: bool, defines: &[String]) -> IniOverrides {
    let settings = defines
        .iter()
        .map(|d| {
            let (k, v) = d.split_once('=').unwrap_or((d.as_str(), "1"));
            (k.trim().to_string(), cli_define_value(v.trim()))
        })
        .collect();
    IniOverrides { no_ini, settings }
}

/// The effective value of `short_open_tag` for the lexer (PHP's built-in
/// default is on, Debian's php.ini turns it off).
pub fn short_open_tag(ini: &IniOverrides) -> bool {
    match ini
        .settings
        .iter()
        .rev()
        .find(|(k, _)| k == "short_open_tag")
    {
        Some((_, v)) => is_on(v),
        None => ini.no_ini,
    }
}

/// PHP's boolean INI values (`1`, `On`, `yes`, `true`).
fn is_on(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "on" | "yes" | "true"
    ) || value.trim().parse::<i64>().is_ok_and(|n| n != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defines_become_settings_in_order() {
        let ini = overrides(
            true,
            &[
                "display_errors=stderr".into(),
                "foo".into(),
                " a = b ".into(),
            ],
        );
        assert!(ini.no_ini);
        let pairs: Vec<(&str, &str)> = ini
            .settings
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [("display_errors", "stderr"), ("foo", "1"), ("a", "b")]
        );
    }

    #[test]
    fn short_open_tag_follows_config_and_overrides() {
        assert!(!short_open_tag(&overrides(false, &[])));
        assert!(short_open_tag(&overrides(true, &[])));
        assert!(short_open_tag(&overrides(
            false,
            &["short_open_tag=On".into()]
        )));
        assert!(!short_open_tag(&overrides(
            true,
            &["short_open_tag=0".into()]
        )));
    }
}
