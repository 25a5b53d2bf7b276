//! A unified diff of expected vs actual output for a failed test.

use super::expect::{expectf_to_regex, Matcher};
use super::run::Failure;
use super::testfile::Expectation;

/// For pattern expectations, an expected line that matches the output line
/// at the same position is shown as that output line, so the diff only
/// marks lines that really differ.
fn displayed_expectation(f: &Failure) -> String {
    let Some(pattern) = &f.pattern else {
        return f.expected.clone();
    };
    let out_lines: Vec<&str> = f.output.split('\n').collect();
    f.expected
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            let exp = match pattern {
                Expectation::Format(_) => Expectation::Regex(expectf_to_regex(line)),
                _ => Expectation::Regex(line.to_string()),
            };
            match (Matcher::new(&exp), out_lines.get(i)) {
                (Ok(m), Some(out)) if m.matches(out) => out.to_string(),
                _ => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn unified(f: &Failure) -> String {
    let expected = displayed_expectation(f) + "\n";
    let actual = format!("{}\n", f.output);
    similar::TextDiff::from_lines(&expected, &actual)
        .unified_diff()
        .context_radius(3)
        .header("expected", "actual")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_only_real_differences() {
        let f = Failure {
            expected: "in %s on line %d\nA\nB".into(),
            output: "in /x.php on line 3\nA\nC".into(),
            pattern: Some(Expectation::Format(String::new())),
        };
        let d = unified(&f);
        assert!(d.contains("--- expected\n+++ actual\n"));
        assert!(d.contains(" in /x.php on line 3\n"));
        assert!(d.contains("-B\n+C\n"));
    }
}
