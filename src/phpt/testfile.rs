//! A `.phpt` file split into its sections, validated the way run-tests.php does.

use std::path::{Path, PathBuf};

/// Sections run-tests.php accepts; anything else makes the test "borked".
const ALLOWED_SECTIONS: &[&str] = &[
    "EXPECT",
    "EXPECTF",
    "EXPECTREGEX",
    "EXPECTREGEX_EXTERNAL",
    "EXPECT_EXTERNAL",
    "EXPECTF_EXTERNAL",
    "EXPECTHEADERS",
    "POST",
    "POST_RAW",
    "GZIP_POST",
    "DEFLATE_POST",
    "PUT",
    "GET",
    "COOKIE",
    "ARGS",
    "FILE",
    "FILEEOF",
    "FILE_EXTERNAL",
    "REDIRECTTEST",
    "CAPTURE_STDIO",
    "STDIN",
    "CGI",
    "PHPDBG",
    "INI",
    "ENV",
    "EXTENSIONS",
    "SKIPIF",
    "XFAIL",
    "XLEAK",
    "CLEAN",
    "CREDITS",
    "DESCRIPTION",
    "CONFLICTS",
    "WHITESPACE_SENSITIVE",
    "FLAKY",
];

/// What the output is compared against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    Exact(String),
    Format(String),
    Regex(String),
}

/// One parsed test. Sections keep their raw text (including the final newline).
#[derive(Debug, Clone)]
pub struct TestFile {
    pub path: PathBuf,
    /// Sections in file order, so a test can be rewritten (`--regenerate`).
    pub sections: Vec<(String, String)>,
}

impl TestFile {
    pub fn section(&self, name: &str) -> Option<&str> {
        self.sections
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.section(name).is_some()
    }

    /// A section that exists and is not empty (PHP's `!empty()`, where "0" is empty too).
    pub fn non_empty(&self, name: &str) -> Option<&str> {
        self.section(name).filter(|s| !s.is_empty() && *s != "0")
    }

    pub fn name(&self) -> String {
        self.section("TEST").unwrap_or("").trim().to_string()
    }

    /// The script to run.
    pub fn file_source(&self) -> Option<&str> {
        self.section("FILE")
    }

    pub fn expectation(&self) -> Option<Expectation> {
        if let Some(s) = self.section("EXPECT") {
            return Some(Expectation::Exact(s.to_string()));
        }
        if let Some(s) = self.section("EXPECTF") {
            return Some(Expectation::Format(s.to_string()));
        }
        self.section("EXPECTREGEX")
            .map(|s| Expectation::Regex(s.to_string()))
    }

    /// Tests that need a CGI binary (request data or headers).
    pub fn is_cgi(&self) -> bool {
        self.has("CGI")
            || [
                "GET",
                "POST",
                "GZIP_POST",
                "DEFLATE_POST",
                "POST_RAW",
                "PUT",
                "COOKIE",
                "EXPECTHEADERS",
            ]
            .iter()
            .any(|s| self.non_empty(s).is_some())
    }

    fn set(&mut self, name: &str, text: String) {
        match self.sections.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = text,
            None => self.sections.push((name.to_string(), text)),
        }
    }

    fn remove(&mut self, name: &str) {
        self.sections.retain(|(n, _)| n != name);
    }

    /// The file as text again, sections in their original order.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (name, text) in &self.sections {
            out.push_str("--");
            out.push_str(name);
            out.push_str("--\n");
            out.push_str(text);
        }
        out
    }

    /// Replaces the expectation (whichever kind it was) with `new`.
    pub fn replace_expectation(&mut self, new: Expectation) {
        let (name, text) = match new {
            Expectation::Exact(t) => ("EXPECT", t),
            Expectation::Format(t) => ("EXPECTF", t),
            Expectation::Regex(t) => ("EXPECTREGEX", t),
        };
        let pos = self
            .sections
            .iter()
            .position(|(n, _)| n.starts_with("EXPECT") && n != "EXPECTHEADERS");
        let entry = (name.to_string(), text);
        match pos {
            Some(i) => self.sections[i] = entry,
            None => self.sections.push(entry),
        }
    }
}

/// Returns the name of a section header line (`--NAME--` at line start).
fn section_header(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("--")?;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || *b == b'_')
        .count();
    if len == 0 || !rest[len..].starts_with("--") {
        return None;
    }
    Some(&rest[..len])
}

/// Reads and validates a test; the error is run-tests.php's "BORK" reason.
pub fn load(path: &Path) -> Result<TestFile, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read test: {e}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let mut test = parse(path, &text)?;
    validate(&mut test)?;
    Ok(test)
}

/// Splits the text into sections (no validation of their combination).
pub fn parse(path: &Path, text: &str) -> Result<TestFile, String> {
    if !text.starts_with("--TEST--") {
        return Err(if text.is_empty() {
            format!("empty test [{}]", path.display())
        } else {
            format!("tests must start with --TEST-- [{}]", path.display())
        });
    }
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut current_is_file = false;
    let mut done = false;
    // The first line is the --TEST-- header itself.
    for line in text.split_inclusive('\n') {
        if let Some(name) = section_header(line) {
            if sections.iter().any(|(n, t)| n == name && !t.is_empty()) {
                return Err(format!("duplicated {name} section"));
            }
            if !ALLOWED_SECTIONS.contains(&name) && name != "TEST" {
                return Err(format!("Unknown section \"{name}\""));
            }
            sections.retain(|(n, _)| n != name);
            sections.push((name.to_string(), String::new()));
            current_is_file = matches!(name, "FILE" | "FILEEOF" | "FILE_EXTERNAL");
            done = false;
            continue;
        }
        if let Some(last) = sections.last_mut() {
            if !done {
                last.1.push_str(line);
            }
        }
        if current_is_file && line.trim_end() == "===DONE===" {
            done = true;
        }
    }
    Ok(TestFile {
        path: path.to_path_buf(),
        sections,
    })
}

/// `--FILE_EXTERNAL--` and friends name a file in the test's own directory.
fn resolve_external(test: &mut TestFile) -> Result<(), String> {
    let dir = test.path.parent().unwrap_or(Path::new(".")).to_path_buf();
    for prefix in ["FILE", "EXPECT", "EXPECTF", "EXPECTREGEX"] {
        let key = format!("{prefix}_EXTERNAL");
        if let Some(name) = test.section(&key) {
            let file = dir.join(name.trim().replace("..", ""));
            let content = std::fs::read(&file)
                .map_err(|_| format!("could not load --{key}-- {}", file.display()))?;
            test.set(prefix, String::from_utf8_lossy(&content).into_owned());
        }
    }
    Ok(())
}

fn validate(test: &mut TestFile) -> Result<(), String> {
    if test.has("REDIRECTTEST") {
        return Err("REDIRECTTEST is not supported".to_string());
    }
    let files = ["FILE", "FILEEOF", "FILE_EXTERNAL"]
        .iter()
        .filter(|s| test.has(s))
        .count();
    if !test.has("PHPDBG") && files != 1 {
        return Err("missing section --FILE--".to_string());
    }
    if let Some(text) = test.section("FILEEOF") {
        let trimmed = text.trim_end_matches(['\r', '\n']).to_string();
        test.set("FILE", trimmed);
        test.remove("FILEEOF");
    }
    resolve_external(test)?;
    let expects = ["EXPECT", "EXPECTF", "EXPECTREGEX"]
        .iter()
        .filter(|s| test.has(s))
        .count();
    if expects != 1 {
        return Err("missing section --EXPECT--, --EXPECTF-- or --EXPECTREGEX--".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<TestFile, String> {
        let mut t = parse(Path::new("/x/t.phpt"), text)?;
        validate(&mut t)?;
        Ok(t)
    }

    #[test]
    fn splits_sections_and_keeps_text() {
        let t = parse_str("--TEST--\nname\n--FILE--\n<?php echo 1;\n--EXPECT--\n1\n").unwrap();
        assert_eq!(t.name(), "name");
        assert_eq!(t.file_source(), Some("<?php echo 1;\n"));
        assert_eq!(t.expectation(), Some(Expectation::Exact("1\n".into())));
    }

    #[test]
    fn dashes_lines_are_not_sections() {
        let t = parse_str("--TEST--\nx\n--FILE--\n------\n--EXPECT--\n").unwrap();
        assert_eq!(t.file_source(), Some("------\n"));
    }

    #[test]
    fn done_marker_ends_file_section() {
        let t = parse_str("--TEST--\nx\n--FILE--\na\n===DONE===\nignored\n--EXPECT--\n").unwrap();
        assert_eq!(t.file_source(), Some("a\n===DONE===\n"));
    }

    #[test]
    fn fileeof_drops_trailing_newlines() {
        let t = parse_str("--TEST--\nx\n--FILEEOF--\n<?php echo 1;\n\n--EXPECT--\n1\n").unwrap();
        assert_eq!(t.file_source(), Some("<?php echo 1;"));
    }

    #[test]
    fn borks_like_run_tests() {
        assert!(parse_str("hello")
            .unwrap_err()
            .contains("must start with --TEST--"));
        assert!(parse_str("--TEST--\nx\n--FILE--\n--BOGUS--\n")
            .unwrap_err()
            .contains("Unknown section \"BOGUS\""));
        assert!(parse_str("--TEST--\nx\n--FILE--\na\n")
            .unwrap_err()
            .contains("missing section --EXPECT--"));
        assert!(parse_str("--TEST--\nx\n--EXPECT--\na\n")
            .unwrap_err()
            .contains("missing section --FILE--"));
    }

    #[test]
    fn render_round_trips_and_replaces_expectation() {
        let src = "--TEST--\nx\n--FILE--\n<?php echo 2;\n--EXPECT--\n1\n";
        let mut t = parse_str(src).unwrap();
        assert_eq!(t.render(), src);
        t.replace_expectation(Expectation::Format("%d\n".into()));
        assert_eq!(
            t.render(),
            "--TEST--\nx\n--FILE--\n<?php echo 2;\n--EXPECTF--\n%d\n"
        );
    }
}
