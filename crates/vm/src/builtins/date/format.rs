//! `date()` format characters (ext/date's `date_format`), over a broken-down moment.

use std::fmt::Write;

use super::calendar::{days_in_month, is_leap, offset_string, Local, Zone};

pub const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(m: i64) -> &'static str {
    MONTH_NAMES[((m - 1).rem_euclid(12)) as usize]
}

fn day_name(w: i64) -> &'static str {
    DAY_NAMES[w.rem_euclid(7) as usize]
}

fn year(out: &mut String, y: i64, plus: bool) {
    let sign = if y < 0 {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    };
    let _ = write!(out, "{sign}{:04}", y.unsigned_abs());
}

fn suffix(d: i64) -> &'static str {
    match d {
        11..=13 => "th",
        _ if d % 10 == 1 => "st",
        _ if d % 10 == 2 => "nd",
        _ if d % 10 == 3 => "rd",
        _ => "th",
    }
}

/// The zone abbreviation `T` shows: an offset zone and a zone without a letter
/// abbreviation show the offset.
fn abbreviation(t: &Local) -> String {
    match &t.zone {
        // timelib names an offset zone `GMT+0545`; a named zone keeps the tz
        // database's abbreviation, numeric ones (`-03`, `+1030`) included.
        Zone::Offset(secs) => format!("GMT{}", offset_string(*secs, false)),
        Zone::Named(..) | Zone::Abbr(..) => t.abbr.clone(),
    }
}

/// `format` applied to `t`.
pub fn format(fmt: &[u8], t: &Local) -> Vec<u8> {
    let mut out = String::new();
    let mut bytes = Vec::new();
    let mut chars = fmt.iter();
    while let Some(&c) = chars.next() {
        let o = &mut out;
        match c {
            b'd' => _ = write!(o, "{:02}", t.d),
            b'D' => o.push_str(&day_name(t.weekday())[..3]),
            b'j' => _ = write!(o, "{}", t.d),
            b'l' => o.push_str(day_name(t.weekday())),
            b'N' => _ = write!(o, "{}", (t.weekday() + 6) % 7 + 1),
            b'S' => o.push_str(suffix(t.d)),
            b'w' => _ = write!(o, "{}", t.weekday()),
            b'z' => _ = write!(o, "{}", t.day_of_year()),
            b'W' => _ = write!(o, "{:02}", t.iso_week().1),
            b'o' => _ = write!(o, "{}", t.iso_week().0),
            b'F' => o.push_str(month_name(t.m)),
            b'm' => _ = write!(o, "{:02}", t.m),
            b'M' => o.push_str(&month_name(t.m)[..3]),
            b'n' => _ = write!(o, "{}", t.m),
            b't' => _ = write!(o, "{}", days_in_month(t.y, t.m)),
            b'L' => o.push(if is_leap(t.y) { '1' } else { '0' }),
            b'Y' => year(o, t.y, false),
            b'X' => year(o, t.y, true),
            b'x' => year(o, t.y, !(0..10_000).contains(&t.y)),
            b'y' => _ = write!(o, "{:02}", (t.y % 100).abs()),
            b'a' => o.push_str(if t.h >= 12 { "pm" } else { "am" }),
            b'A' => o.push_str(if t.h >= 12 { "PM" } else { "AM" }),
            b'B' => {
                let mut beat = (t.ts.rem_euclid(86_400) + 3600) * 10;
                if beat < 0 {
                    beat += 864_000;
                }
                _ = write!(o, "{:03}", (beat / 864) % 1000);
            }
            b'g' => _ = write!(o, "{}", if t.h % 12 == 0 { 12 } else { t.h % 12 }),
            b'G' => _ = write!(o, "{}", t.h),
            b'h' => _ = write!(o, "{:02}", if t.h % 12 == 0 { 12 } else { t.h % 12 }),
            b'H' => _ = write!(o, "{:02}", t.h),
            b'i' => _ = write!(o, "{:02}", t.i),
            b's' => _ = write!(o, "{:02}", t.s),
            b'u' => _ = write!(o, "{:06}", t.us),
            b'v' => _ = write!(o, "{:03}", t.us / 1000),
            b'e' => match t.zone {
                // Seconds of an offset show in its name only.
                Zone::Offset(secs) => o.push_str(&offset_string(secs, true)),
                _ => o.push_str(&t.zone.name()),
            },
            b'I' => o.push(if t.dst { '1' } else { '0' }),
            b'O' => o.push_str(&offset_string(t.offset, false)),
            b'P' => o.push_str(&offset_string(t.offset, true)),
            b'p' if t.offset == 0 => o.push('Z'),
            b'p' => o.push_str(&offset_string(t.offset, true)),
            b'T' => o.push_str(&abbreviation(t)),
            b'Z' => _ = write!(o, "{}", t.offset),
            b'c' => {
                year(o, t.y, false);
                _ = write!(
                    o,
                    "-{:02}-{:02}T{:02}:{:02}:{:02}{}",
                    t.m,
                    t.d,
                    t.h,
                    t.i,
                    t.s,
                    offset_string(t.offset, true)
                );
            }
            b'r' => {
                _ = write!(
                    o,
                    "{}, {:02} {} ",
                    &day_name(t.weekday())[..3],
                    t.d,
                    &month_name(t.m)[..3]
                );
                year(o, t.y, false);
                _ = write!(
                    o,
                    " {:02}:{:02}:{:02} {}",
                    t.h,
                    t.i,
                    t.s,
                    offset_string(t.offset, false)
                );
            }
            b'U' => _ = write!(o, "{}", t.ts),
            b'\\' => {
                if let Some(&next) = chars.next() {
                    flush(&mut bytes, o);
                    bytes.push(next);
                }
            }
            other => {
                flush(&mut bytes, o);
                bytes.push(other);
            }
        }
    }
    flush(&mut bytes, &mut out);
    bytes
}

/// Literal bytes may be any bytes: text goes through `out` and is moved here before them.
fn flush(bytes: &mut Vec<u8>, out: &mut String) {
    bytes.extend_from_slice(out.as_bytes());
    out.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(fmt: &str, ts: i64) -> String {
        String::from_utf8(format(fmt.as_bytes(), &Local::new(ts, 0, &Zone::utc()))).unwrap()
    }

    #[test]
    fn format_characters() {
        // Expectations from php 8.2.
        assert_eq!(utc("D, d M Y", 86_400 * 365), "Fri, 01 Jan 1971");
        assert_eq!(utc("X x Y", -70_000_000_000), "-0249 -0249 -0249");
        assert_eq!(utc("X x Y|T e", 0), "+1970 1970 1970|UTC UTC");
        assert_eq!(utc("\\Y\\\\ jS", 0), "Y\\ 1st");
        let paris = Zone::named("Europe/Paris").unwrap();
        let t = Local::new(1_720_000_000, 0, &paris);
        assert_eq!(
            String::from_utf8(format(b"T e I O P p Z c r B", &t)).unwrap(),
            "CEST Europe/Paris 1 +0200 +02:00 +02:00 7200 2024-07-03T11:46:40+02:00 \
             Wed, 03 Jul 2024 11:46:40 +0200 449"
        );
    }
}
