//! Comparing a test's output with its expectation, as run-tests.php does:
//! both sides trimmed, `\r\n` folded, `--EXPECTF--` patterns turned into a regex.

use super::testfile::Expectation;

/// The expectation prepared for matching.
pub enum Matcher {
    Exact(String),
    Regex(fancy_regex::Regex),
}

/// PHP's `trim()` default character set.
pub fn php_trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\r', '\0', '\x0B'])
}

/// The output as run-tests.php compares it.
pub fn normalize_output(raw: &str) -> String {
    php_trim(raw).replace("\r\n", "\n")
}

/// The expected text, trimmed and with `\r\n` folded (what a diff shows).
pub fn wanted_text(exp: &Expectation) -> String {
    let (Expectation::Exact(t) | Expectation::Format(t) | Expectation::Regex(t)) = exp;
    php_trim(t).replace("\r\n", "\n")
}

impl Matcher {
    pub fn new(exp: &Expectation) -> Result<Matcher, String> {
        let wanted = wanted_text(exp);
        let pattern = match exp {
            Expectation::Exact(_) => return Ok(Matcher::Exact(wanted)),
            Expectation::Format(_) => expectf_to_regex(&wanted),
            Expectation::Regex(_) => wanted,
        };
        // run-tests.php anchors with /^...$/s; `$` may match before a final newline.
        let anchored = format!("(?s)^(?:{})\n?\\z", pcre_octal_escapes(&pattern));
        fancy_regex::RegexBuilder::new(&anchored)
            .backtrack_limit(10_000_000)
            .build()
            .map(Matcher::Regex)
            .map_err(|e| format!("bad expectation pattern: {e}"))
    }

    pub fn matches(&self, output: &str) -> bool {
        match self {
            Matcher::Exact(w) => w == output,
            Matcher::Regex(re) => re.is_match(output).unwrap_or(false),
        }
    }
}

/// PCRE's `\0`, `\012` octal escapes (NUL is common in expectations) as `\x{..}`,
/// which our regex engine understands; other escapes pass through.
fn pcre_octal_escapes(re: &str) -> String {
    let mut out = String::with_capacity(re.len());
    let mut chars = re.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('0') => {
                let mut value = 0u32;
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push_str(&format!("\\x{{{value:x}}}"));
            }
            Some(next) => {
                out.push(c);
                out.push(next);
            }
            None => out.push(c),
        }
    }
    out
}

/// Escapes regex metacharacters (preg_quote's job in run-tests.php, but only
/// the characters our regex engine treats specially, so `<` stays literal).
fn quote(s: &str, out: &mut String) {
    for c in s.chars() {
        if "\\.+*?[^]$(){}|#-&~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// run-tests.php's EXPECTF expansion: literal text quoted, `%r…%r` kept as
/// regex (in a group), then each `%X` placeholder replaced in one pass.
pub fn expectf_to_regex(wanted: &str) -> String {
    let mut quoted = String::new();
    let mut offset = 0;
    while offset < wanted.len() {
        let (start, end) = match wanted[offset..].find("%r") {
            Some(s) => {
                let start = offset + s;
                match wanted[start + 2..].find("%r") {
                    Some(e) => (start, start + 2 + e),
                    None => (wanted.len(), wanted.len()),
                }
            }
            None => (wanted.len(), wanted.len()),
        };
        quote(&wanted[offset..start], &mut quoted);
        if end > start {
            quoted.push('(');
            quoted.push_str(&wanted[start + 2..end]);
            quoted.push(')');
        }
        offset = end + 2;
    }
    expand_placeholders(&quoted)
}

fn placeholder(c: char) -> Option<&'static str> {
    Some(match c {
        'e' => "/",
        's' => r"[^\r\n]+",
        'S' => r"[^\r\n]*",
        'a' => ".+",
        'A' => ".*",
        'w' => r"\s*",
        'i' => r"[+-]?\d+",
        'd' => r"\d+",
        'x' => "[0-9a-fA-F]+",
        'f' => r"[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?",
        'c' => ".",
        '0' => r"\x00",
        _ => return None,
    })
}

/// `strtr()` with two-character keys: scanned left to right, no rescans.
fn expand_placeholders(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            if let Some(rep) = chars.peek().and_then(|n| placeholder(*n)) {
                out.push_str(rep);
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Makes literal text safe inside an EXPECTF section: a `%` that would start
/// a placeholder (or `%r`) is written as the regex `%r%%r`.
pub fn expectf_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%'
            && chars
                .peek()
                .is_some_and(|n| *n == 'r' || placeholder(*n).is_some())
        {
            out.push_str("%r%%r");
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(wanted: &str, output: &str) -> bool {
        Matcher::new(&Expectation::Format(wanted.into()))
            .unwrap()
            .matches(&normalize_output(output))
    }

    #[test]
    fn exact_compares_trimmed() {
        let m = Matcher::new(&Expectation::Exact("\nabc\n\n".into())).unwrap();
        assert!(m.matches(&normalize_output("abc\r\n")));
        assert!(!m.matches("abcd"));
    }

    #[test]
    fn expectf_placeholders() {
        assert!(fmt(
            "Warning: x in %s on line %d",
            "Warning: x in /a/b.php on line 12"
        ));
        assert!(!fmt("line %d", "line x"));
        assert!(fmt("%i|%f|%x|%c|%w|", "-3|1.5e3|ff|z|  \n|"));
        assert!(fmt("%f", ".5"));
        assert!(fmt("a%Sb", "ab"));
        assert!(!fmt("a%sb", "ab"));
        assert!(fmt("x%ay", "x\n1\ny"));
        assert!(fmt("dir%efile", "dir/file"));
    }

    #[test]
    fn expectf_quotes_literals_and_keeps_regex_sections() {
        assert!(fmt(
            "a.b (c) [d] $ ^ * + ? {1} | <e>",
            "a.b (c) [d] $ ^ * + ? {1} | <e>"
        ));
        assert!(!fmt("a.b", "axb"));
        assert!(fmt("v: %r(foo|bar)+%r!", "v: foobar!"));
        assert!(!fmt("v: %r(foo|bar)+%r!", "v: baz!"));
        // An unbalanced %r is literal text.
        assert!(fmt("100%r", "100%r"));
    }

    #[test]
    fn literal_escaping_round_trips() {
        let text = "50%d off, 10% more %s";
        assert!(fmt(&expectf_literal(text), text));
        assert!(!fmt(&expectf_literal(text), "5012 off, 10% more x"));
    }

    #[test]
    fn pcre_nul_escapes() {
        assert!(fmt("a%r\\0%rb", "a\0b"));
        let m = Matcher::new(&Expectation::Regex("\"[a \\0\\t]*\" \\\\0 \\012".into())).unwrap();
        assert!(m.matches("\"a\0\t\" \\0 \n"));
    }

    #[test]
    fn regex_expectation() {
        let m = Matcher::new(&Expectation::Regex("a+b\n".into())).unwrap();
        assert!(m.matches("aaab"));
        assert!(!m.matches("b"));
    }
}
