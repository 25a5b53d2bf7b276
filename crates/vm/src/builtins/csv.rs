//! Reading one CSV record the way php's `php_fgetcsv` does (used by `fgetcsv`,
//! `SplFileObject::fgetcsv` and `str_getcsv`): the line's end ("\n", "\r\n" or "\r")
//! is cut; blanks before an enclosure are skipped; inside an enclosure a doubled
//! enclosure is one, the escape char keeps the next byte (both stay), and a line end
//! is kept while the next line is read on; text after the closing enclosure up to
//! the delimiter is kept; an unenclosed field loses a trailing line end.

/// The delimiter, enclosure and escape bytes of a CSV dialect (no escape: `None`).
#[derive(Clone, Copy)]
pub struct Dialect {
    pub delimiter: u8,
    pub enclosure: u8,
    pub escape: Option<u8>,
}

/// Where an enclosed field's scan stands (php's `state`).
#[derive(Clone, Copy, PartialEq)]
enum Enclosed {
    Plain,
    AfterEscape,
    AfterEnclosure,
}

/// How long `line` is without its line end.
fn content_len(line: &[u8]) -> usize {
    match line {
        [.., b'\r', b'\n'] => line.len() - 2,
        [.., b'\n'] | [.., b'\r'] => line.len() - 1,
        _ => line.len(),
    }
}

/// C's isspace.
fn is_space(c: u8) -> bool {
    c.is_ascii_whitespace() || c == 0x0b
}

/// The fields of the record starting with `first`; `more` gives the following lines
/// when an enclosed field runs past a line's end (none for `str_getcsv`). `None` is a
/// blank line (php returns `[null]` for it).
pub fn parse_record(
    first: Vec<u8>,
    d: Dialect,
    more: &mut dyn FnMut() -> Option<Vec<u8>>,
) -> Option<Vec<Vec<u8>>> {
    let mut buf = first;
    let mut limit = content_len(&buf);
    let mut pos = 0;
    let mut fields = Vec::new();
    loop {
        let mut field = Vec::new();
        if pos < limit {
            let blanks = buf[pos..limit]
                .iter()
                .take_while(|&&c| c != d.delimiter && is_space(c))
                .count();
            if buf.get(pos + blanks) == Some(&d.enclosure) && pos + blanks < limit {
                pos += blanks;
            }
        }
        if fields.is_empty() && pos == limit {
            return None;
        }
        let more_fields;
        if pos < limit && buf[pos] == d.enclosure {
            pos += 1;
            let mut state = Enclosed::Plain;
            // The enclosed part, up to the closing enclosure.
            loop {
                if pos >= limit {
                    if state == Enclosed::AfterEnclosure {
                        // The enclosure just read closes the field.
                        field.pop();
                        break;
                    }
                    field.extend_from_slice(&buf[limit..]);
                    match more() {
                        Some(next) => {
                            buf = next;
                            limit = content_len(&buf);
                            pos = 0;
                            state = Enclosed::Plain;
                            continue;
                        }
                        None => break,
                    }
                }
                let c = buf[pos];
                match state {
                    Enclosed::AfterEscape => {
                        field.push(c);
                        pos += 1;
                        state = Enclosed::Plain;
                    }
                    Enclosed::AfterEnclosure if c != d.enclosure => {
                        field.pop();
                        break;
                    }
                    Enclosed::AfterEnclosure => {
                        // A doubled enclosure: one is kept (already pushed).
                        pos += 1;
                        state = Enclosed::Plain;
                    }
                    Enclosed::Plain => {
                        if c == d.enclosure {
                            state = Enclosed::AfterEnclosure;
                        } else if Some(c) == d.escape {
                            state = Enclosed::AfterEscape;
                        }
                        field.push(c);
                        pos += 1;
                    }
                }
            }
            // Whatever follows, up to the delimiter, is kept as is.
            let end = buf[pos.min(limit)..limit]
                .iter()
                .position(|&c| c == d.delimiter)
                .map_or(limit, |i| pos + i);
            if pos < end {
                field.extend_from_slice(&buf[pos..end]);
            }
            more_fields = end < limit;
            pos = end + 1;
        } else {
            let end = buf[pos..limit]
                .iter()
                .position(|&c| c == d.delimiter)
                .map_or(limit, |i| pos + i);
            field.extend_from_slice(&buf[pos..end]);
            field.truncate(content_len(&field));
            more_fields = end < limit;
            pos = end + 1;
        }
        fields.push(field);
        if !more_fields {
            return Some(fields);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: Dialect = Dialect {
        delimiter: b',',
        enclosure: b'"',
        escape: Some(b'\\'),
    };

    fn one(line: &str) -> Option<Vec<String>> {
        parse_record(line.as_bytes().to_vec(), D, &mut || None).map(|f| {
            f.into_iter()
                .map(|v| String::from_utf8_lossy(&v).into_owned())
                .collect()
        })
    }

    // Expectations from php 8.2's str_getcsv / fgetcsv on the same lines.
    #[test]
    fn records_as_php() {
        assert_eq!(one("a,b,c\n").unwrap(), ["a", "b", "c"]);
        assert_eq!(one("\"a,b\",\"c\"\"d\",e\n").unwrap(), ["a,b", "c\"d", "e"]);
        assert_eq!(one("a,\n").unwrap(), ["a", ""]);
        assert_eq!(one("\"x\"y,z").unwrap(), ["xy", "z"]);
        assert_eq!(one("\"a\\\"b\",c").unwrap(), ["a\\\"b", "c"]);
        assert_eq!(one("\"\"\"\"\",aaa\n").unwrap(), ["\"\",aaa\n"]);
        assert_eq!(one("aaa,\"bbb\n").unwrap(), ["aaa", "bbb\n"]);
        assert_eq!(one("\"aaa\",   \"bbb\"").unwrap(), ["aaa", "bbb"]);
        assert_eq!(one(","), Some(vec![String::new(), String::new()]));
        assert_eq!(one("\n"), None);
    }

    #[test]
    fn an_enclosure_spans_lines() {
        let mut rest = vec![b"c\"d,e\n".to_vec()];
        let f = parse_record(b"a,\"b\n".to_vec(), D, &mut || rest.pop()).unwrap();
        assert_eq!(f, [b"a".to_vec(), b"b\ncd".to_vec(), b"e".to_vec()]);
    }
}
