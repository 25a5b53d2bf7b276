//! `strftime()` / `gmstrftime()` (deprecated in 8.1, still there in 8.2): C's
//! strftime in the C locale, as glibc formats it, over a moment in the default zone
//! or in GMT. Conversions take glibc's flags (`-` no padding, `_` spaces, `0` zeros,
//! `^` upper case, `#` swapped case for names) and a width; `E` and `O` modifiers are
//! accepted; an unknown conversion is copied as written.

use super::calendar::{offset_string, Local};
use super::format::{DAY_NAMES, MONTH_NAMES};

/// How a number is padded when no flag says otherwise.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Zero,
    Space,
}

/// What one conversion gives before flags and width apply.
enum Field {
    /// A number, its usual width and padding (years have width 1: no padding).
    Num(i64, usize, Pad),
    Text(String),
}

/// The flags and width written between `%` and the conversion.
#[derive(Default)]
struct Spec {
    pad: Option<u8>,
    upper: bool,
    swap_case: bool,
    width: Option<usize>,
}

/// `fmt` applied to `t`; `zone_name` is what `%Z` shows.
pub fn strftime(fmt: &[u8], t: &Local, zone_name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec::default();
        while let Some(&c) = fmt.get(i) {
            match c {
                b'-' | b'_' | b'0' => spec.pad = Some(c),
                b'^' => spec.upper = true,
                b'#' => spec.swap_case = true,
                _ => break,
            }
            i += 1;
        }
        let digits = fmt[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 {
            spec.width = std::str::from_utf8(&fmt[i..i + digits])
                .ok()
                .and_then(|d| d.parse().ok());
            i += digits;
        }
        if matches!(fmt.get(i), Some(b'E' | b'O')) {
            i += 1;
        }
        let field = fmt.get(i).and_then(|&c| field(c, t, zone_name));
        match field {
            Some(f) => {
                i += 1;
                out.extend_from_slice(render(f, &spec).as_bytes());
            }
            None => {
                // Unknown: glibc copies the whole conversion as written.
                let end = (i + 1).min(fmt.len());
                out.extend_from_slice(&fmt[start..end]);
                i = end;
            }
        }
    }
    out
}

fn render(f: Field, spec: &Spec) -> String {
    match f {
        Field::Num(n, width, pad) => {
            let width = spec.width.unwrap_or(width);
            let digits = n.unsigned_abs().to_string();
            let sign = if n < 0 { "-" } else { "" };
            let fill = match spec.pad {
                Some(b'-') => return format!("{sign}{digits}"),
                Some(b'_') => ' ',
                Some(_) => '0',
                None if pad == Pad::Space => ' ',
                None => '0',
            };
            let short = width.saturating_sub(digits.len() + sign.len());
            if fill == '0' {
                format!("{sign}{}{digits}", "0".repeat(short))
            } else {
                format!("{}{sign}{digits}", " ".repeat(short))
            }
        }
        Field::Text(s) => {
            let s = if spec.upper {
                s.to_ascii_uppercase()
            } else if spec.swap_case {
                swap_case(&s)
            } else {
                s
            };
            let short = spec.width.unwrap_or(0).saturating_sub(s.len());
            let fill = if spec.pad == Some(b'0') { "0" } else { " " };
            format!("{}{s}", fill.repeat(short))
        }
    }
}

/// glibc's `#` on names: all upper case becomes lower, anything else upper.
fn swap_case(s: &str) -> String {
    if s.bytes().any(|b| b.is_ascii_lowercase()) {
        s.to_ascii_uppercase()
    } else {
        s.to_ascii_lowercase()
    }
}

fn field(c: u8, t: &Local, zone_name: &str) -> Option<Field> {
    use Field::{Num, Text};
    let two = |n: i64| Num(n, 2, Pad::Zero);
    let hour12 = if t.h % 12 == 0 { 12 } else { t.h % 12 };
    let wday = t.weekday();
    let yday = t.day_of_year();
    let (iso_year, iso_week) = t.iso_week();
    let am_pm = if t.h < 12 { "AM" } else { "PM" };
    let composite =
        |f: &str| Text(String::from_utf8_lossy(&strftime(f.as_bytes(), t, zone_name)).into_owned());
    Some(match c {
        b'a' => Text(DAY_NAMES[wday as usize][..3].to_string()),
        b'A' => Text(DAY_NAMES[wday as usize].to_string()),
        b'b' | b'h' => Text(MONTH_NAMES[(t.m - 1) as usize][..3].to_string()),
        b'B' => Text(MONTH_NAMES[(t.m - 1) as usize].to_string()),
        b'c' => composite("%a %b %e %H:%M:%S %Y"),
        b'C' => Num(t.y.div_euclid(100), 1, Pad::Zero),
        b'd' => two(t.d),
        b'D' | b'x' => composite("%m/%d/%y"),
        b'e' => Num(t.d, 2, Pad::Space),
        b'F' => composite("%Y-%m-%d"),
        b'g' => two(iso_year.rem_euclid(100)),
        b'G' => Num(iso_year, 1, Pad::Zero),
        b'H' => two(t.h),
        b'I' => two(hour12),
        b'j' => Num(yday + 1, 3, Pad::Zero),
        b'k' => Num(t.h, 2, Pad::Space),
        b'l' => Num(hour12, 2, Pad::Space),
        b'm' => two(t.m),
        b'M' => two(t.i),
        b'n' => Text("\n".into()),
        b'p' => Text(am_pm.into()),
        b'P' => Text(am_pm.to_ascii_lowercase()),
        b'r' => composite("%I:%M:%S %p"),
        b'R' => composite("%H:%M"),
        b's' => Num(t.ts, 1, Pad::Zero),
        b'S' => two(t.s),
        b't' => Text("\t".into()),
        b'T' | b'X' => composite("%H:%M:%S"),
        b'u' => Num(if wday == 0 { 7 } else { wday }, 1, Pad::Zero),
        b'U' => two((yday + 7 - wday) / 7),
        b'V' => two(iso_week),
        b'w' => Num(wday, 1, Pad::Zero),
        b'W' => two((yday + 7 - (wday + 6) % 7) / 7),
        b'y' => two(t.y.rem_euclid(100)),
        b'Y' => Num(t.y, 1, Pad::Zero),
        b'z' => Text(offset_string(t.offset, false)),
        b'Z' => Text(zone_name.to_string()),
        b'%' => Text("%".into()),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::calendar::Zone;
    use super::*;

    fn gm(fmt: &str, ts: i64) -> String {
        let t = Local::new(ts, 0, &Zone::utc());
        String::from_utf8_lossy(&strftime(fmt.as_bytes(), &t, "GMT")).into_owned()
    }

    // Expectations from php 8.2's gmstrftime() (glibc, C locale).
    #[test]
    fn conversions_as_glibc() {
        assert_eq!(
            gm(
                "[%Y][%C][%G][%g][%e][%k][%l][%j][%U][%W][%V][%u][%z][%Z]",
                1218182888
            ),
            "[2008][20][2008][08][ 8][ 8][ 8][221][31][31][32][5][+0000][GMT]"
        );
        assert_eq!(
            gm("%c|%x|%X|%D|%F|%r|%R|%T|%h|%P", 1218182888),
            "Fri Aug  8 08:08:08 2008|08/08/08|08:08:08|08/08/08|2008-08-08|08:08:08 AM|08:08|08:08:08|Aug|am"
        );
        assert_eq!(
            gm(
                "[%-d][%_m][%5Y][%^a][%#Z][%Ey][%q][%+][%E][%O5]",
                -62101036800
            ),
            "[5][ 2][00002][TUE][gmt][02][%q][%+][%E][%O5]"
        );
        assert_eq!(gm("%Y %C %F", -62101036800), "2 0 2-02-05");
    }
}
