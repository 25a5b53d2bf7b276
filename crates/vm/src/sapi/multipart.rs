//! `multipart/form-data` bodies (as PHP's `main/rfc1867.c` reads them): the boundary
//! from the content type, then parts with their `Content-Disposition` name and
//! filename and their `Content-Type`.

/// One part of the body.
#[derive(Debug, PartialEq, Eq)]
pub struct Part<'a> {
    pub name: Vec<u8>,
    /// `Some` for a file input (possibly empty: no file chosen).
    pub filename: Option<Vec<u8>>,
    pub content_type: Vec<u8>,
    pub data: &'a [u8],
}

/// The `boundary=` parameter of a content type (quotes removed).
pub fn boundary(content_type: &[u8]) -> Option<Vec<u8>> {
    let lc = content_type.to_ascii_lowercase();
    let at = find(&lc, b"boundary")?;
    let rest = content_type[at + 8..].trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let value = match rest.strip_prefix(b"\"") {
        Some(q) => &q[..q.iter().position(|&b| b == b'"')?],
        None => {
            let end = rest
                .iter()
                .position(|&b| b == b',' || b == b';')
                .unwrap_or(rest.len());
            rest[..end].trim_ascii_end()
        }
    };
    (!value.is_empty()).then(|| value.to_vec())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The parts of `body`; a part cut short by the end of the body is dropped, as PHP
/// drops it.
pub fn parts<'a>(body: &'a [u8], boundary: &[u8]) -> Vec<Part<'a>> {
    let mut delim = b"--".to_vec();
    delim.extend_from_slice(boundary);
    let mut out = Vec::new();
    let Some(first) = find(body, &delim) else {
        return out;
    };
    let mut pos = first + delim.len();
    loop {
        // After a delimiter: `--` ends the body, else the line ends.
        if body[pos..].starts_with(b"--") {
            break;
        }
        let Some(eol) = body[pos..].iter().position(|&b| b == b'\n') else {
            break;
        };
        pos += eol + 1;
        // Headers up to an empty line.
        let mut name = None;
        let mut filename = None;
        let mut content_type = Vec::new();
        loop {
            let Some(eol) = body[pos..].iter().position(|&b| b == b'\n') else {
                return out;
            };
            let line = body[pos..pos + eol]
                .strip_suffix(b"\r")
                .unwrap_or(&body[pos..pos + eol]);
            pos += eol + 1;
            if line.is_empty() {
                break;
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let (key, value) = (line[..colon].trim_ascii(), line[colon + 1..].trim_ascii());
            if key.eq_ignore_ascii_case(b"content-disposition") {
                for (k, v) in disposition_params(value) {
                    if k.eq_ignore_ascii_case(b"name") {
                        name = Some(v);
                    } else if k.eq_ignore_ascii_case(b"filename") {
                        filename = Some(v);
                    }
                }
            } else if key.eq_ignore_ascii_case(b"content-type") {
                content_type = value.to_vec();
            }
        }
        // The data runs to CRLF + delimiter.
        let mut end_delim = b"\r\n".to_vec();
        end_delim.extend_from_slice(&delim);
        let (data_end, next) = match find(&body[pos..], &end_delim) {
            Some(i) => (pos + i, pos + i + end_delim.len()),
            None => match find(&body[pos..], &delim) {
                // A delimiter without the CR LF before it (LF-only bodies).
                Some(i) => {
                    let mut e = pos + i;
                    if e > pos && body[e - 1] == b'\n' {
                        e -= 1;
                    }
                    (e, pos + i + delim.len())
                }
                None => return out,
            },
        };
        if let Some(name) = name {
            out.push(Part {
                name,
                filename,
                content_type,
                data: &body[pos..data_end],
            });
        }
        pos = next;
    }
    out
}

/// `form-data; name="a"; filename="b.txt"` → [(name, a), (filename, b.txt)].
fn disposition_params(value: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        // Skip to the next parameter.
        let Some(semi) = rest.iter().position(|&b| b == b';') else {
            break;
        };
        rest = rest[semi + 1..].trim_ascii_start();
        let Some(eq) = rest.iter().position(|&b| b == b'=' || b == b';') else {
            break;
        };
        if rest[eq] == b';' {
            continue;
        }
        let key = rest[..eq].trim_ascii().to_vec();
        rest = rest[eq + 1..].trim_ascii_start();
        let val;
        if let Some(q) = rest.strip_prefix(b"\"") {
            // A quoted value; `\"` and `\\` are escapes (`substring_conf`).
            let mut v = Vec::new();
            let mut i = 0;
            while i < q.len() && q[i] != b'"' {
                if q[i] == b'\\' && i + 1 < q.len() && (q[i + 1] == b'"' || q[i + 1] == b'\\') {
                    i += 1;
                }
                v.push(q[i]);
                i += 1;
            }
            val = v;
            rest = &q[(i + 1).min(q.len())..];
        } else {
            let end = rest.iter().position(|&b| b == b';').unwrap_or(rest.len());
            val = rest[..end].trim_ascii().to_vec();
            rest = &rest[end..];
        }
        out.push((key, val));
    }
    out
}

/// The name PHP gives an uploaded file: what follows the last `/` or `\`.
pub fn upload_basename(filename: &[u8]) -> &[u8] {
    match filename.iter().rposition(|&b| b == b'/' || b == b'\\') {
        Some(i) => &filename[i + 1..],
        None => filename,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        assert_eq!(
            boundary(b"multipart/form-data; boundary=abc").as_deref(),
            Some(&b"abc"[..])
        );
        assert_eq!(
            boundary(b"multipart/form-data; BOUNDARY=\"a b;c\"").as_deref(),
            Some(&b"a b;c"[..])
        );
        assert_eq!(
            boundary(b"multipart/form-data; boundary=x; charset=utf-8").as_deref(),
            Some(&b"x"[..])
        );
        assert_eq!(boundary(b"multipart/form-data"), None);
    }

    #[test]
    fn fields_and_files() {
        let body = b"preamble\r\n--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XX\r\n\
Content-Disposition: form-data; name=\"f[]\"; filename=\"C:\\\\dir\\\\x.txt\"\r\nContent-Type: text/plain\r\n\r\nline1\r\nline2\r\n\
--XX\r\nContent-Disposition: form-data; name=\"e\"; filename=\"\"\r\n\r\n\r\n--XX--\r\n";
        let p = parts(body, b"XX");
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].name, b"a");
        assert_eq!(p[0].filename, None);
        assert_eq!(p[0].data, b"1");
        assert_eq!(p[1].name, b"f[]");
        assert_eq!(p[1].filename.as_deref(), Some(&b"C:\\dir\\x.txt"[..]));
        assert_eq!(p[1].content_type, b"text/plain");
        assert_eq!(p[1].data, b"line1\r\nline2");
        assert_eq!(p[2].filename.as_deref(), Some(&b""[..]));
        assert_eq!(p[2].data, b"");
        assert_eq!(upload_basename(b"C:\\dir/x.txt"), b"x.txt");
    }

    #[test]
    fn truncated_and_lf_only() {
        // A part without its closing delimiter is dropped.
        let body = b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n2";
        let p = parts(body, b"B");
        assert_eq!(p.len(), 1);
        let lf = b"--B\nContent-Disposition: form-data; name=\"a\"\n\nxy\n--B--\n";
        let p = parts(lf, b"B");
        assert_eq!(p[0].data, b"xy");
        assert!(parts(b"garbage", b"B").is_empty());
    }
}
