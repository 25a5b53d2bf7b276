//! `hebrev()`: logical Hebrew (ISO-8859-8) text to visual order, as
//! ext/standard's php_hebrev does it: runs of Hebrew letters (with the blanks and
//! punctuation between them) are reversed with their brackets mirrored, other runs
//! keep their order, the whole text is reversed, and then it is broken into lines of
//! at most `max_chars_per_line` characters from the end, avoiding breaking words.

use std::rc::Rc;

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_long};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] =
    &[func("hebrev", hebrev, &["string", "max_chars_per_line"], 1)];

fn is_hebrew(c: u8) -> bool {
    (224..=250).contains(&c)
}

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

fn is_newline(c: u8) -> bool {
    c == b'\n' || c == b'\r'
}

/// The bracket or slash a right-to-left run shows in place of `c`.
fn mirrored(c: u8) -> u8 {
    match c {
        b'(' => b')',
        b')' => b'(',
        b'[' => b']',
        b']' => b'[',
        b'{' => b'}',
        b'}' => b'{',
        b'<' => b'>',
        b'>' => b'<',
        b'\\' => b'/',
        b'/' => b'\\',
        other => other,
    }
}

fn hebrev(vm: &mut Vm, args: &mut [Value]) -> Result<Value, Unwind> {
    let s = arg_str(vm, args, 0, "hebrev")?;
    let max = opt_long(vm, args, 1, "hebrev", 0)?;
    if s.is_empty() {
        return Ok(Value::String(Rc::new(Vec::new())));
    }
    let visual = visual_order(&s);
    Ok(Value::String(Rc::new(break_lines(visual, max))))
}

/// The text reversed run by run: Hebrew runs mirrored, other runs in their order.
fn visual_order(s: &[u8]) -> Vec<u8> {
    let last = s.len() - 1;
    // The byte after `i`, or the C string's NUL past the end.
    let next = |i: usize| s.get(i + 1).copied().unwrap_or(0);
    let mut out = vec![0u8; s.len()];
    let mut target = s.len();
    let (mut start, mut end) = (0usize, 0usize);
    let mut hebrew = is_hebrew(s[0]);
    loop {
        if hebrew {
            while end < last && {
                let c = next(end);
                is_hebrew(c) || is_blank(c) || c.is_ascii_punctuation() || c == b'\n'
            } {
                end += 1;
            }
            for &c in &s[start..=end] {
                target -= 1;
                out[target] = mirrored(c);
            }
        } else {
            while end < last && !is_hebrew(next(end)) && next(end) != b'\n' {
                end += 1;
            }
            // Trailing blanks and punctuation (but '/' and '-') go with the next run.
            while end > start
                && (is_blank(s[end]) || s[end].is_ascii_punctuation())
                && s[end] != b'/'
                && s[end] != b'-'
            {
                end -= 1;
            }
            for &c in s[start..=end].iter().rev() {
                target -= 1;
                out[target] = c;
            }
        }
        hebrew = !hebrew;
        // The next run starts after this one; its first byte is tested like the rest
        // (`end` stays just before it, so an empty run copies nothing).
        start = end + 1;
        if end >= last {
            break;
        }
    }
    out
}

/// Lines taken from the end of `heb` backwards, each at most `max` characters (0: no
/// limit), broken at a blank or newline when one is within the line.
fn break_lines(mut heb: Vec<u8>, max: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(heb.len());
    let mut end = heb.len() - 1;
    let mut begin = end;
    loop {
        let mut count = 0i64;
        while (max == 0 || (max > 0 && count < max)) && begin > 0 {
            count += 1;
            begin -= 1;
            if is_newline(heb[begin]) {
                while begin > 0 && is_newline(heb[begin - 1]) {
                    begin -= 1;
                    count += 1;
                }
                break;
            }
        }
        if max >= 0 && count == max {
            // Try to avoid breaking a word: move the start up to the first blank.
            let (mut left, mut at) = (count, begin);
            while left > 0 && !is_blank(heb[at]) && !is_newline(heb[at]) {
                at += 1;
                left -= 1;
            }
            if left > 0 {
                begin = at;
            }
        }
        let line_start = begin;
        if is_blank(heb[begin]) {
            heb[begin] = b'\n';
        }
        let mut from = begin;
        while from <= end && is_newline(heb[from]) {
            from += 1;
        }
        if from <= end {
            out.extend_from_slice(&heb[from..=end]);
        }
        out.extend(
            heb[line_start..=end]
                .iter()
                .take_while(|&&c| is_newline(c))
                .copied(),
        );
        if line_start == 0 {
            break;
        }
        begin = line_start - 1;
        end = begin;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_reverses_its_sentences() {
        // php: hebrev("The text.\nMore words.\n")
        let visual = visual_order(b"The text.\nMore words.\n");
        assert_eq!(break_lines(visual, 0), b".The text\n.More words\n");
    }

    #[test]
    fn lines_break_at_blanks_from_the_end() {
        // php: hebrev("one two three", 5)
        let visual = visual_order(b"one two three");
        assert_eq!(break_lines(visual, 5), b"three\ntwo\none");
    }

    #[test]
    fn hebrew_runs_are_mirrored() {
        // php: bin2hex(hebrev("\xe0(\xe1)"))
        let visual = visual_order(b"\xe0(\xe1)");
        assert_eq!(break_lines(visual, 0), b"(\xe1)\xe0");
    }
}
