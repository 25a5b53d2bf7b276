//! The ini syntax php-fpm and php.ini share: `[section]`, `key = value`, `;`
//! comments, quoted values, `${ENV}` expansion, bare yes/no/on/off/true/false.

/// One line that says something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Section(String),
    Entry { key: String, value: String },
}

/// A parse error, with php-fpm's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// Strip an unquoted value's trailing comment and blanks.
fn bare(value: &str) -> &str {
    value.split(';').next().unwrap_or("").trim()
}

/// `"..."` with backslash escapes of `"` and `\`; what follows the closing quote
/// is ignored (a comment).
fn quoted(rest: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next() {
                Some(e @ ('"' | '\\')) => out.push(e),
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => return None,
            },
            c => out.push(c),
        }
    }
    None
}

/// `${NAME}` from the environment, as the Zend ini scanner does.
fn expand_env(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find("${") {
        out.push_str(&rest[..at]);
        match rest[at + 2..].find('}') {
            Some(end) => {
                let name = &rest[at + 2..at + 2 + end];
                out.push_str(&std::env::var(name).unwrap_or_default());
                rest = &rest[at + 3 + end..];
            }
            None => {
                out.push_str(&rest[at..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Unquoted booleans become "1" / "" as in the Zend ini parser.
fn constant(value: &str) -> String {
    match value.to_ascii_lowercase().as_str() {
        "yes" | "on" | "true" => "1".into(),
        "no" | "off" | "false" | "none" => String::new(),
        _ => value.to_string(),
    }
}

/// Parse a whole file.
pub fn parse(text: &str) -> Result<Vec<(usize, Line)>, SyntaxError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest.split(']').next().unwrap_or("").trim();
            if !rest.contains(']') || name.is_empty() {
                return Err(SyntaxError {
                    line: line_no,
                    message: format!("syntax error, unexpected '{line}'"),
                });
            }
            out.push((line_no, Line::Section(name.to_string())));
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(SyntaxError {
                line: line_no,
                message: "value is NULL for a ZEND_INI_PARSER_ENTRY".into(),
            });
        };
        let key = key.trim().to_string();
        let value = value.trim_start();
        let value = match value.strip_prefix('"') {
            Some(rest) => quoted(rest).ok_or_else(|| SyntaxError {
                line: line_no,
                message: "syntax error, unterminated quoted value".into(),
            })?,
            None => constant(bare(value)),
        };
        out.push((
            line_no,
            Line::Entry {
                key,
                value: expand_env(&value),
            },
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(k: &str, v: &str) -> Line {
        Line::Entry {
            key: k.into(),
            value: v.into(),
        }
    }

    #[test]
    fn sections_entries_comments_and_quotes() {
        let text = "; comment\n[global]\npid = /run/x.pid ; trailing\n\n[www]\n\
                    ping.response = \"po;ng \\\"x\\\"\"\ncatch_workers_output = yes\nclear_env = off\n\
                    php_value[error_reporting] = 32767\n# hash comment\n";
        let lines: Vec<Line> = parse(text).unwrap().into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            lines,
            vec![
                Line::Section("global".into()),
                entry("pid", "/run/x.pid"),
                Line::Section("www".into()),
                entry("ping.response", "po;ng \"x\""),
                entry("catch_workers_output", "1"),
                entry("clear_env", ""),
                entry("php_value[error_reporting]", "32767"),
            ]
        );
    }

    #[test]
    fn env_expansion() {
        std::env::set_var("MINIPHP_FPM_INI_TEST", "/srv");
        let lines = parse("chdir = ${MINIPHP_FPM_INI_TEST}/www${NOPE_NOT_SET}\n").unwrap();
        assert_eq!(lines[0].1, entry("chdir", "/srv/www"));
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("[www]\njunk line\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(e.message, "value is NULL for a ZEND_INI_PARSER_ENTRY");
        assert!(parse("[www\n").is_err());
        assert!(parse("a = \"open\n").is_err());
    }
}
