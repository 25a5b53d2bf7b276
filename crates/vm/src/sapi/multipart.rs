//! `multipart/form-data` bodies (as PHP's `main/rfc1867.c` reads them): the boundary
//! from the content type, then parts with their `Content-Disposition` name and
//! filename and their `Content-Type`.

/// A part's headers: its `Content-Disposition` name and filename, its `Content-Type`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Head {
    /// `None`: a part without a name, which PHP skips.
    pub name: Option<Vec<u8>>,
    /// `Some` for a file input (possibly empty: no file chosen).
    pub filename: Option<Vec<u8>>,
    pub content_type: Vec<u8>,
}

/// What the parser meets, in body order: a part's head, its data in pieces, then
/// its end, or `Cut` when the body ended inside it (PHP drops such a part).
#[derive(Debug, PartialEq, Eq)]
pub enum Event<'a> {
    Head(Head),
    Data(&'a [u8]),
    End,
    Cut,
}

#[derive(Debug)]
enum State {
    /// Before the first delimiter.
    Preamble,
    /// Just after a delimiter: `--` ends the body, else the rest of the line goes.
    Delimiter,
    Headers(Head),
    Data,
    Done,
}

/// A header line longer than this ends the parse (a body that is not multipart).
const MAX_LINE: usize = 64 * 1024;

/// A `multipart/form-data` body read as it arrives (as `main/rfc1867.c` does): only
/// what may still be a delimiter is kept, so an upload's data can go to its file
/// while the body streams in. A part's data runs to the next LF + `--boundary`,
/// without the CR before that LF.
pub struct Parser {
    /// `--boundary`.
    delim: Vec<u8>,
    /// `\n--boundary`.
    next: Vec<u8>,
    buf: Vec<u8>,
    state: State,
}

impl Parser {
    pub fn new(boundary: &[u8]) -> Parser {
        let mut delim = b"--".to_vec();
        delim.extend_from_slice(boundary);
        let mut next = b"\n".to_vec();
        next.extend_from_slice(&delim);
        Parser {
            delim,
            next,
            buf: Vec::new(),
            state: State::Preamble,
        }
    }

    /// The next piece of the body.
    pub fn feed(&mut self, chunk: &[u8], on: &mut impl FnMut(Event<'_>)) {
        if matches!(self.state, State::Done) {
            return;
        }
        self.buf.extend_from_slice(chunk);
        let mut at = 0;
        while let Some(next) = self.step(at, on) {
            at = next;
        }
        self.buf.drain(..at);
    }

    /// The body ended.
    pub fn finish(&mut self, on: &mut impl FnMut(Event<'_>)) {
        if matches!(self.state, State::Data) {
            on(Event::Cut);
        }
        self.state = State::Done;
        self.buf = Vec::new();
    }

    /// One step from `at` in the buffer: where the next one starts, or None when
    /// more bytes are needed (or the parse is over).
    fn step(&mut self, at: usize, on: &mut impl FnMut(Event<'_>)) -> Option<usize> {
        let rest = &self.buf[at..];
        match &mut self.state {
            State::Preamble => match find(rest, &self.delim) {
                Some(i) => {
                    self.state = State::Delimiter;
                    Some(at + i + self.delim.len())
                }
                // Only what may be the start of the delimiter is kept.
                None => {
                    let keep = (self.delim.len() - 1).min(rest.len());
                    (rest.len() > keep).then_some(at + rest.len() - keep)
                }
            },
            State::Delimiter => {
                if rest.starts_with(b"--") {
                    self.state = State::Done;
                    return None;
                }
                match rest.iter().position(|&b| b == b'\n') {
                    Some(eol) => {
                        self.state = State::Headers(Head::default());
                        Some(at + eol + 1)
                    }
                    None => {
                        if rest.len() > MAX_LINE {
                            self.state = State::Done;
                        }
                        None
                    }
                }
            }
            State::Headers(head) => {
                let Some(eol) = rest.iter().position(|&b| b == b'\n') else {
                    if rest.len() > MAX_LINE {
                        self.state = State::Done;
                    }
                    return None;
                };
                let line = rest[..eol].strip_suffix(b"\r").unwrap_or(&rest[..eol]);
                if line.is_empty() {
                    on(Event::Head(std::mem::take(head)));
                    self.state = State::Data;
                } else {
                    header(head, line);
                }
                Some(at + eol + 1)
            }
            State::Data => match find(rest, &self.next) {
                Some(i) => {
                    let data = rest[..i].strip_suffix(b"\r").unwrap_or(&rest[..i]);
                    if !data.is_empty() {
                        on(Event::Data(data));
                    }
                    on(Event::End);
                    self.state = State::Delimiter;
                    Some(at + i + self.next.len())
                }
                // Kept: what may be the start of CR LF `--boundary`.
                None => {
                    let n = rest.len().saturating_sub(self.next.len());
                    if n == 0 {
                        return None;
                    }
                    on(Event::Data(&rest[..n]));
                    Some(at + n)
                }
            },
            State::Done => None,
        }
    }
}

/// One header line of a part into its head.
fn header(head: &mut Head, line: &[u8]) {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return;
    };
    let (key, value) = (line[..colon].trim_ascii(), line[colon + 1..].trim_ascii());
    if key.eq_ignore_ascii_case(b"content-disposition") {
        for (k, v) in disposition_params(value) {
            if k.eq_ignore_ascii_case(b"name") {
                head.name = Some(v);
            } else if k.eq_ignore_ascii_case(b"filename") {
                head.filename = Some(v);
            }
        }
    } else if key.eq_ignore_ascii_case(b"content-type") {
        head.content_type = value.to_vec();
    }
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
    let (&first, _) = needle.split_first()?;
    let mut from = 0;
    while hay.len() - from >= needle.len() {
        let at = from + hay[from..].iter().position(|&b| b == first)?;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
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

    /// The parts of `body` fed `chunk` bytes at a time: (head, data, complete).
    fn parts(body: &[u8], boundary: &[u8], chunk: usize) -> Vec<(Head, Vec<u8>, bool)> {
        let mut out: Vec<(Head, Vec<u8>, bool)> = Vec::new();
        let mut on = |e: Event<'_>| match e {
            Event::Head(h) => out.push((h, Vec::new(), false)),
            Event::Data(d) => out.last_mut().unwrap().1.extend_from_slice(d),
            Event::End => out.last_mut().unwrap().2 = true,
            Event::Cut => {}
        };
        let mut p = Parser::new(boundary);
        for c in body.chunks(chunk) {
            p.feed(c, &mut on);
        }
        p.finish(&mut on);
        out
    }

    /// The same parts whatever the pieces the body arrives in.
    fn parts_any_chunks(body: &[u8], boundary: &[u8]) -> Vec<(Head, Vec<u8>, bool)> {
        let whole = parts(body, boundary, body.len().max(1));
        for chunk in [1, 2, 3, 7] {
            assert_eq!(parts(body, boundary, chunk), whole, "chunks of {chunk}");
        }
        whole
    }

    #[test]
    fn fields_and_files() {
        let body = b"preamble\r\n--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XX\r\n\
Content-Disposition: form-data; name=\"f[]\"; filename=\"C:\\\\dir\\\\x.txt\"\r\nContent-Type: text/plain\r\n\r\nline1\r\nline2\r\n\
--XX\r\nContent-Disposition: form-data; name=\"e\"; filename=\"\"\r\n\r\n\r\n--XX--\r\nepilogue";
        let p = parts_any_chunks(body, b"XX");
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].0.name.as_deref(), Some(&b"a"[..]));
        assert_eq!(p[0].0.filename, None);
        assert_eq!((&p[0].1[..], p[0].2), (&b"1"[..], true));
        assert_eq!(p[1].0.name.as_deref(), Some(&b"f[]"[..]));
        assert_eq!(p[1].0.filename.as_deref(), Some(&b"C:\\dir\\x.txt"[..]));
        assert_eq!(p[1].0.content_type, b"text/plain");
        assert_eq!(p[1].1, b"line1\r\nline2");
        assert_eq!(p[2].0.filename.as_deref(), Some(&b""[..]));
        assert_eq!((&p[2].1[..], p[2].2), (&b""[..], true));
        assert_eq!(upload_basename(b"C:\\dir/x.txt"), b"x.txt");
    }

    #[test]
    fn truncated_and_lf_only() {
        // A part without its closing delimiter is cut short.
        let body = b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n2";
        let p = parts_any_chunks(body, b"B");
        assert_eq!((p.len(), p[0].2, p[1].2), (2, true, false));
        let lf = b"--B\nContent-Disposition: form-data; name=\"a\"\n\nxy\n--B--\n";
        let p = parts_any_chunks(lf, b"B");
        assert_eq!((&p[0].1[..], p[0].2), (&b"xy"[..], true));
        assert!(parts_any_chunks(b"garbage", b"B").is_empty());
        // `--B` inside a line is data, as in PHP: only LF `--B` ends a part.
        let inline = b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx--B y\r\n--B--";
        assert_eq!(parts_any_chunks(inline, b"B")[0].1, b"x--B y");
    }
}
