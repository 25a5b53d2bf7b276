//! FastCGI name-value pairs (PARAMS, GET_VALUES): each length is one byte below
//! 128, else four bytes big-endian with the top bit set.

/// A list of pairs in the order they came.
pub type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

/// Why a PARAMS stream could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub struct ParamsError(pub &'static str);

fn read_len(buf: &[u8], pos: &mut usize) -> Result<usize, ParamsError> {
    let first = *buf.get(*pos).ok_or(ParamsError("truncated length"))?;
    if first < 0x80 {
        *pos += 1;
        return Ok(first as usize);
    }
    let b = buf
        .get(*pos..*pos + 4)
        .ok_or(ParamsError("truncated 4-byte length"))?;
    *pos += 4;
    Ok((u32::from_be_bytes([b[0], b[1], b[2], b[3]]) & 0x7fff_ffff) as usize)
}

fn take<'a>(buf: &'a [u8], pos: &mut usize, n: usize) -> Result<&'a [u8], ParamsError> {
    let end = pos
        .checked_add(n)
        .filter(|&e| e <= buf.len())
        .ok_or(ParamsError("name or value longer than the stream"))?;
    let s = &buf[*pos..end];
    *pos = end;
    Ok(s)
}

/// Decode a whole PARAMS (or GET_VALUES) stream.
pub fn decode(buf: &[u8]) -> Result<Pairs, ParamsError> {
    let mut pos = 0;
    let mut out = Vec::new();
    while pos < buf.len() {
        let nlen = read_len(buf, &mut pos)?;
        let vlen = read_len(buf, &mut pos)?;
        let name = take(buf, &mut pos, nlen)?.to_vec();
        let value = take(buf, &mut pos, vlen)?.to_vec();
        out.push((name, value));
    }
    Ok(out)
}

fn push_len(out: &mut Vec<u8>, n: usize) {
    if n < 0x80 {
        out.push(n as u8);
    } else {
        out.extend_from_slice(&((n as u32) | 0x8000_0000).to_be_bytes());
    }
}

/// Append one encoded pair.
pub fn encode_pair(out: &mut Vec<u8>, name: &[u8], value: &[u8]) {
    push_len(out, name.len());
    push_len(out, value.len());
    out.extend_from_slice(name);
    out.extend_from_slice(value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_lengths_round_trip() {
        let long = vec![b'v'; 300];
        let mut buf = Vec::new();
        encode_pair(&mut buf, b"SCRIPT_FILENAME", b"/srv/a.php");
        encode_pair(&mut buf, b"HTTP_X_BIG", &long);
        encode_pair(&mut buf, b"EMPTY", b"");
        // 300 takes the 4-byte form: 0x80 00 01 2c.
        let at = 2 + 15 + 10 + 1;
        assert_eq!(&buf[at..at + 4], &[0x80, 0, 1, 0x2c]);
        let pairs = decode(&buf).unwrap();
        assert_eq!(pairs.len(), 3);
        assert_eq!(
            pairs[0],
            (b"SCRIPT_FILENAME".to_vec(), b"/srv/a.php".to_vec())
        );
        assert_eq!(pairs[1].1, long);
        assert_eq!(pairs[2], (b"EMPTY".to_vec(), Vec::new()));
    }

    #[test]
    fn four_byte_form_of_a_short_length_is_accepted() {
        let buf = [0x80, 0, 0, 1, 0x80, 0, 0, 2, b'A', b'x', b'y'];
        assert_eq!(decode(&buf).unwrap(), vec![(b"A".to_vec(), b"xy".to_vec())]);
    }

    #[test]
    fn truncated_streams_are_errors() {
        assert!(decode(&[5]).is_err());
        assert!(decode(&[0x80, 0]).is_err());
        assert!(decode(&[3, 1, b'a']).is_err());
        assert!(decode(&[0xff, 0xff, 0xff, 0xff, 0, b'a']).is_err());
        assert_eq!(decode(&[]).unwrap(), Vec::new());
    }
}
