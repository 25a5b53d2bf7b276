//! `setcookie()` / `setrawcookie()`: the `Set-Cookie` line and PHP's validation
//! (`php_setcookie` in `ext/standard/head.c`).

/// A cookie to set.
#[derive(Default)]
pub struct Cookie {
    pub name: Vec<u8>,
    pub value: Vec<u8>,
    pub expires: i64,
    pub path: Vec<u8>,
    pub domain: Vec<u8>,
    pub secure: bool,
    pub httponly: bool,
    pub samesite: Vec<u8>,
}

/// Why a cookie is refused: which argument (1-based) or option, and PHP's words.
#[derive(Debug, PartialEq, Eq)]
pub enum Invalid {
    /// `Argument #N ($name) <msg>`.
    Argument(usize, &'static str),
    /// `"path" option cannot contain …` and the like, without an argument number.
    Option(String),
}

const FORBIDDEN: &[u8] = b",; \t\r\n\x0b\x0c";
const FORBIDDEN_TEXT: &str =
    "cannot contain \",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", or \"\\014\"";

fn has_any(s: &[u8], set: &[u8]) -> bool {
    s.iter().any(|b| set.contains(b))
}

/// The `Set-Cookie: …` header line for `c` at time `now`; `url_encode` is false for
/// `setrawcookie`.
pub fn set_cookie_line(c: &Cookie, url_encode: bool, now: i64) -> Result<Vec<u8>, Invalid> {
    if c.name.is_empty() {
        return Err(Invalid::Argument(1, "cannot be empty"));
    }
    if has_any(&c.name, b"=,; \t\r\n\x0b\x0c") {
        return Err(Invalid::Argument(
            1,
            "cannot contain \"=\", \",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", or \"\\014\"",
        ));
    }
    if !url_encode && has_any(&c.value, FORBIDDEN) {
        return Err(Invalid::Argument(2, FORBIDDEN_TEXT));
    }
    if has_any(&c.path, FORBIDDEN) {
        return Err(Invalid::Option(format!("\"path\" option {FORBIDDEN_TEXT}")));
    }
    if has_any(&c.domain, FORBIDDEN) {
        return Err(Invalid::Option(format!(
            "\"domain\" option {FORBIDDEN_TEXT}"
        )));
    }
    if c.expires >= 253_402_300_800 {
        return Err(Invalid::Option(
            "\"expires\" option cannot have a year greater than 9999".into(),
        ));
    }
    let mut line = b"Set-Cookie: ".to_vec();
    line.extend_from_slice(&c.name);
    if c.value.is_empty() {
        // Browsers delete a cookie set to a date in the past.
        line.extend_from_slice(b"=deleted; expires=");
        line.extend_from_slice(http_date(1).as_bytes());
        line.extend_from_slice(b"; Max-Age=0");
    } else {
        line.push(b'=');
        if url_encode {
            line.extend_from_slice(&raw_url_encode(&c.value));
        } else {
            line.extend_from_slice(&c.value);
        }
        if c.expires > 0 {
            line.extend_from_slice(b"; expires=");
            line.extend_from_slice(http_date(c.expires).as_bytes());
            line.extend_from_slice(format!("; Max-Age={}", (c.expires - now).max(0)).as_bytes());
        }
    }
    for (label, v) in [(&b"; path="[..], &c.path), (b"; domain=", &c.domain)] {
        if !v.is_empty() {
            line.extend_from_slice(label);
            line.extend_from_slice(v);
        }
    }
    if c.secure {
        line.extend_from_slice(b"; secure");
    }
    if c.httponly {
        line.extend_from_slice(b"; HttpOnly");
    }
    if !c.samesite.is_empty() {
        line.extend_from_slice(b"; SameSite=");
        line.extend_from_slice(&c.samesite);
    }
    Ok(line)
}

/// RFC 3986 percent-encoding of everything but `A-Za-z0-9-_.~` (`rawurlencode`).
pub fn raw_url_encode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b);
        } else {
            out.extend_from_slice(format!("%{b:02X}").as_bytes());
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `D, d M Y H:i:s GMT` for a Unix time (cookie expiry dates).
pub fn http_date(t: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        d,
        MONTHS[(m - 1) as usize],
        y,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// `d-M-Y H:i:s UTC`, the error log's timestamp (the time zone is always UTC here).
pub fn log_date(t: i64) -> String {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{:02}-{}-{:04} {:02}:{:02}:{:02} UTC",
        d,
        MONTHS[(m - 1) as usize],
        y,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// Days since 1970-01-01 → (year, month 1-12, day 1-31), proleptic Gregorian
/// (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cookie(name: &str, value: &str) -> Cookie {
        Cookie {
            name: name.into(),
            value: value.into(),
            ..Default::default()
        }
    }

    #[test]
    fn dates() {
        assert_eq!(http_date(1), "Thu, 01 Jan 1970 00:00:01 GMT");
        assert_eq!(http_date(1_795_248_442), "Sat, 21 Nov 2026 08:07:22 GMT");
        assert_eq!(http_date(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(log_date(1_795_248_451), "21-Nov-2026 08:07:31 UTC");
    }

    #[test]
    fn lines_as_php() {
        let mut c = cookie("c", "v w");
        c.expires = 1;
        c.path = b"/".to_vec();
        c.samesite = b"Lax".to_vec();
        assert_eq!(
            set_cookie_line(&c, true, 100).unwrap(),
            b"Set-Cookie: c=v%20w; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/; SameSite=Lax"
        );
        assert_eq!(
            set_cookie_line(&cookie("a", ""), true, 0).unwrap(),
            b"Set-Cookie: a=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0"
        );
        let mut c = cookie("a", "b");
        c.secure = true;
        c.httponly = true;
        c.domain = b"x.org".to_vec();
        c.expires = 200;
        assert_eq!(
            set_cookie_line(&c, false, 100).unwrap(),
            b"Set-Cookie: a=b; expires=Thu, 01 Jan 1970 00:03:20 GMT; Max-Age=100; domain=x.org; secure; HttpOnly"
        );
    }

    #[test]
    fn validation() {
        assert_eq!(
            set_cookie_line(&cookie("", "x"), true, 0),
            Err(Invalid::Argument(1, "cannot be empty"))
        );
        assert!(matches!(
            set_cookie_line(&cookie("a=b", "x"), true, 0),
            Err(Invalid::Argument(1, _))
        ));
        assert!(set_cookie_line(&cookie("a", "x y"), true, 0).is_ok());
        assert!(matches!(
            set_cookie_line(&cookie("a", "x y"), false, 0),
            Err(Invalid::Argument(2, _))
        ));
        let mut c = cookie("a", "b");
        c.path = b"/a b".to_vec();
        assert!(matches!(
            set_cookie_line(&c, true, 0),
            Err(Invalid::Option(_))
        ));
    }
}
