//! `data:` URLs (RFC 2397, also spelled `data://`) as php's rfc2397 wrapper reads
//! them: `[mediatype][;name=value]*[;base64],payload`. Parameters are only allowed
//! after a media type; the parsed parts become `stream_get_meta_data()` entries.

/// A parsed `data:` URL: its metadata in order (`mediatype` first when given, then
/// the parameters), whether the payload was base64, and the decoded payload.
pub struct DataUrl {
    pub meta: Vec<(Vec<u8>, Vec<u8>)>,
    pub base64: bool,
    pub payload: Vec<u8>,
}

/// Parse `name` (which starts with `data:`); `Err` is php's reason, as in
/// "Failed to open stream: rfc2397: no comma in URL".
pub fn parse(name: &[u8]) -> Result<DataUrl, &'static str> {
    let rest = &name[5..];
    let rest = rest.strip_prefix(b"//").unwrap_or(rest);
    let comma = memchr::memchr(b',', rest).ok_or("rfc2397: no comma in URL")?;
    let (mut head, payload) = (&rest[..comma], &rest[comma + 1..]);
    let mut meta = Vec::new();
    let mut base64 = false;
    if !head.is_empty() {
        let semi = memchr::memchr(b';', head);
        let slash = memchr::memchr(b'/', head);
        match (semi, slash) {
            (None, None) => return Err("rfc2397: illegal media type"),
            (None, Some(_)) => {
                meta.push((b"mediatype".to_vec(), head.to_vec()));
                head = b"";
            }
            (Some(semi), Some(slash)) if slash < semi => {
                meta.push((b"mediatype".to_vec(), head[..semi].to_vec()));
                head = &head[semi..];
            }
            // Without a media type only ";base64" may follow.
            _ if head != b";base64" => return Err("rfc2397: illegal media type"),
            _ => {}
        }
        while let Some(params) = head.strip_prefix(b";") {
            let eq = memchr::memchr(b'=', params);
            let semi = memchr::memchr(b';', params);
            let Some(eq) = eq.filter(|&e| semi.is_none_or(|s| s > e)) else {
                if params != b"base64" {
                    return Err("rfc2397: illegal parameter");
                }
                base64 = true;
                head = b"";
                break;
            };
            let end = semi.unwrap_or(params.len());
            let key = &params[..eq];
            // A "mediatype" parameter cannot override the media type.
            if key != b"mediatype" {
                meta.push((key.to_vec(), params[eq + 1..end].to_vec()));
            }
            head = &params[end..];
        }
        if !head.is_empty() {
            return Err("rfc2397: illegal URL");
        }
    }
    let payload = if base64 {
        super::encode::decode_base64(payload, true).ok_or("rfc2397: unable to decode")?
    } else {
        super::url::decode(payload, false)
    };
    Ok(DataUrl {
        meta,
        base64,
        payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(url: &str) -> Result<Vec<(String, String)>, &'static str> {
        parse(url.as_bytes()).map(|d| {
            d.meta
                .into_iter()
                .map(|(k, v)| {
                    (
                        String::from_utf8_lossy(&k).into_owned(),
                        String::from_utf8_lossy(&v).into_owned(),
                    )
                })
                .collect()
        })
    }

    // As php 8.2's fopen() of each (ext/standard/tests/file/stream_rfc2397_002).
    #[test]
    fn urls_as_php() {
        assert_eq!(meta("data://,"), Ok(vec![]));
        assert_eq!(meta("data://"), Err("rfc2397: no comma in URL"));
        assert!(parse(b"data://;base64,").is_ok_and(|d| d.base64));
        assert_eq!(meta("data://foo,"), Err("rfc2397: illegal media type"));
        assert_eq!(
            meta("data://;charset=UTF-8,Hello"),
            Err("rfc2397: illegal media type")
        );
        assert_eq!(
            meta("data://text/plain;foo=bar;bla,"),
            Err("rfc2397: illegal parameter")
        );
        assert_eq!(
            meta("data://text/plain;foo=bar;mediatype=x,").unwrap(),
            [
                ("mediatype".to_string(), "text/plain".to_string()),
                ("foo".to_string(), "bar".to_string())
            ]
        );
        assert_eq!(
            parse(b"data:text/plain;base64,SGVsbG8=").map(|d| d.payload),
            Ok(b"Hello".to_vec())
        );
        assert_eq!(
            parse(b"data://,a%20b,c").map(|d| d.payload),
            Ok(b"a b,c".to_vec())
        );
    }
}
