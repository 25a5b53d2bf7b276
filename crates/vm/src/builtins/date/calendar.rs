//! Civil-calendar arithmetic (proleptic Gregorian, as timelib) and the zone a
//! moment is shown in. Zones come from `jiff`'s bundled tz database; the
//! calendar math is plain integer arithmetic so any year PHP accepts works.

use jiff::tz::TimeZone;
use jiff::Timestamp;

/// A zone as PHP's DateTimeZone knows it: a fixed UTC offset or an identifier.
#[derive(Clone, Debug)]
pub enum Zone {
    /// `+02:00` (timezone_type 1), in seconds east of UTC.
    Offset(i32),
    /// `Europe/Paris`, `UTC` (timezone_type 3).
    Named(String, TimeZone),
    /// `EST`, `CEST` (timezone_type 2): an abbreviation, upper case, with its
    /// offset (seconds east, DST included) and DST flag.
    Abbr(String, i32, bool),
}

impl Zone {
    /// The zone named `name` (case-insensitive, as PHP), canonically spelled.
    pub fn named(name: &str) -> Option<Zone> {
        if name.eq_ignore_ascii_case("utc") {
            return Some(Zone::Named("UTC".into(), TimeZone::UTC));
        }
        let tz = TimeZone::get(name).ok()?;
        let canonical = tz.iana_name().unwrap_or(name).to_string();
        Some(Zone::Named(canonical, tz))
    }

    /// The abbreviation `word` (`est`, `CEST`, `Z`) as timelib's table knows it.
    pub fn abbr(word: &str) -> Option<Zone> {
        let (offset, dst) = super::abbr::lookup(word)?;
        Some(Zone::Abbr(word.to_ascii_uppercase(), offset, dst))
    }

    /// A zone named as DateTimeZone's constructor and strings name one (timelib's
    /// `timelib_parse_zone` after any offset): an abbreviation first, except `UTC`
    /// spelled so, which like any other name is looked up as an identifier.
    pub fn abbr_or_named(word: &str) -> Option<Zone> {
        match Zone::abbr(word) {
            Some(z) if word != "UTC" => Some(z),
            abbr => Zone::named(word).or(abbr),
        }
    }

    pub fn utc() -> Zone {
        Zone::Named("UTC".into(), TimeZone::UTC)
    }

    pub fn name(&self) -> String {
        match self {
            // An offset with seconds shows them (`+03:00:01`).
            Zone::Offset(secs) if secs % 60 != 0 => {
                format!(
                    "{}:{:02}",
                    offset_string(*secs, true),
                    secs.unsigned_abs() % 60
                )
            }
            Zone::Offset(secs) => offset_string(*secs, true),
            Zone::Named(name, _) | Zone::Abbr(name, ..) => name.clone(),
        }
    }

    /// Offset (seconds east), DST flag and abbreviation at `ts`.
    pub fn info(&self, ts: i64) -> (i32, bool, String) {
        match self {
            Zone::Offset(secs) => (*secs, false, offset_string(*secs, true)),
            Zone::Abbr(name, secs, dst) => (*secs, *dst, name.clone()),
            Zone::Named(_, tz) => {
                // Outside jiff's range, the nearest representable moment's rules apply.
                let clamped = ts.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
                let Ok(t) = Timestamp::from_second(clamped) else {
                    return (0, false, "UTC".into());
                };
                let info = tz.to_offset_info(t);
                (
                    info.offset().seconds(),
                    info.dst().is_dst(),
                    info.abbreviation().to_string(),
                )
            }
        }
    }

    /// The start of the offset period holding `ts` and that period's offset (timelib's
    /// `timelib_get_time_zone_offset_info` transition time); None for a fixed offset or
    /// before the first transition.
    pub fn period_start(&self, ts: i64) -> Option<(i64, i32)> {
        let Zone::Named(_, tz) = self else {
            return None;
        };
        let t = Timestamp::from_second(ts.checked_add(1)?).ok()?;
        let tr = tz.preceding(t).next()?;
        Some((tr.timestamp().as_second(), tr.offset().seconds()))
    }

    /// The transitions after `begin` and before `end`, as timestamps; None for a
    /// fixed offset.
    pub fn transitions(&self, begin: i64, end: i64) -> Option<Vec<i64>> {
        let Zone::Named(_, tz) = self else {
            return None;
        };
        let clamped = begin.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
        let Ok(t) = Timestamp::from_second(clamped) else {
            return Some(Vec::new());
        };
        let times = tz.following(t).map(|tr| tr.timestamp().as_second());
        Some(times.take_while(|&ts| ts < end).collect())
    }

    /// The timestamp of local wall time `local` (seconds since the epoch as if UTC),
    /// as timelib's `do_adjust_timezone` finds it: the offset at `local` read as UTC,
    /// unless the offset one step earlier differs and the time is not inside the
    /// change. So a time skipped when clocks go forward keeps the offset from before
    /// the change, and a repeated one follows where the change falls in UTC (EDT for
    /// New York's 01:30, +10:30 for Lord Howe's).
    pub fn to_timestamp(&self, local: i64) -> i64 {
        self.to_timestamp_near(local, None)
    }

    /// [`Zone::to_timestamp`] for a time that carries a DST flag (`mktime()` fills
    /// its fields into the current time, whose flag timelib then consults): a
    /// repeated wall time is read on the side of the change the flag points away
    /// from when looking two hours further settles it.
    pub fn to_timestamp_near(&self, local: i64, dst: Option<bool>) -> i64 {
        let (current, current_dst, _) = self.info(local);
        let current = i64::from(current);
        let at = local.saturating_sub(current);
        let after = i64::from(self.info(at).0);
        let mut actual = (after, self.last_change(at));
        if current == after {
            // Look two hours back (east of UTC) or ahead (west) for the change.
            let probe = match dst {
                Some(true) if current >= 0 && !current_dst => Some(-7200),
                Some(false) if current <= 0 && current_dst => Some(7200),
                _ => None,
            };
            if let Some(step) = probe {
                let t = at.saturating_add(step);
                let other = i64::from(self.info(t).0);
                let change = self.last_change(t);
                let settles = match step {
                    s if s < 0 => actual.1.is_some_and(|c| local - other < c),
                    _ => change.is_some_and(|c| local - other >= c),
                };
                if other != after && settles {
                    actual = (other, change);
                }
            }
        }
        let (offset, change) = actual;
        let in_transition = change.is_some_and(|t| {
            let ts = local.saturating_sub(offset);
            ts >= t.saturating_add(current - offset) && ts < t
        });
        local.saturating_sub(if current != offset && !in_transition {
            offset
        } else {
            current
        })
    }

    /// The instant of the last offset change at or before `ts`.
    fn last_change(&self, ts: i64) -> Option<i64> {
        let Zone::Named(_, tz) = self else {
            return None;
        };
        let t = Timestamp::from_second(ts.saturating_add(1)).ok()?;
        tz.preceding(t).next().map(|tr| tr.timestamp().as_second())
    }
}

/// `+02:00` (with colon) or `+0200`.
pub fn offset_string(secs: i32, colon: bool) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    let sep = if colon { ":" } else { "" };
    format!("{sign}{:02}{sep}{:02}", a / 3600, a / 60 % 60)
}

/// Days since 1970-01-01 of a civil date; `m` in 1..=12 (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (y, m, d) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The furthest moment from the epoch the calendar arithmetic handles (10^11 years).
const MAX_SECONDS: i64 = 3_155_695_200_000_000_000;

/// Seconds since the epoch of wall time given by possibly overflowing fields
/// (month 13, day 0, hour -1 …), normalised as mktime() does.
pub fn local_seconds(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> i64 {
    // Fields far outside any calendar are clamped first, so that the arithmetic below
    // cannot overflow (the result saturates instead of wrapping or panicking).
    let y = y.clamp(-100_000_000_000, 100_000_000_000);
    let m0 = mo.clamp(-1_000_000_000_000, 1_000_000_000_000) - 1;
    let y = y + m0.div_euclid(12);
    let m = m0.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + d.clamp(-1_000_000_000_000, 1_000_000_000_000) - 1;
    (days * 86_400)
        .saturating_add(h.clamp(-1 << 40, 1 << 40) * 3600)
        .saturating_add(mi.clamp(-1 << 40, 1 << 40) * 60)
        .saturating_add(s)
}

/// A moment broken down in a zone: what the format characters read.
#[derive(Clone, Debug)]
pub struct Local {
    pub ts: i64,
    pub us: i64,
    pub y: i64,
    pub m: i64,
    pub d: i64,
    pub h: i64,
    pub i: i64,
    pub s: i64,
    pub offset: i32,
    pub dst: bool,
    pub abbr: String,
    pub zone: Zone,
}

impl Local {
    pub fn new(ts: i64, us: i64, zone: &Zone) -> Local {
        let (offset, dst, abbr) = zone.info(ts);
        // Beyond ±10^11 years the calendar arithmetic would overflow: such moments are
        // shown at that limit.
        let ts = ts.clamp(-MAX_SECONDS, MAX_SECONDS);
        let local = ts + i64::from(offset);
        let (y, m, d) = civil_from_days(local.div_euclid(86_400));
        let secs = local.rem_euclid(86_400);
        Local {
            ts,
            us,
            y,
            m,
            d,
            h: secs / 3600,
            i: secs / 60 % 60,
            s: secs % 60,
            offset,
            dst,
            abbr,
            zone: zone.clone(),
        }
    }

    /// 0 (Sunday) to 6.
    pub fn weekday(&self) -> i64 {
        (days_from_civil(self.y, self.m, self.d) + 4).rem_euclid(7)
    }

    /// 0-based day of the year.
    pub fn day_of_year(&self) -> i64 {
        days_from_civil(self.y, self.m, self.d) - days_from_civil(self.y, 1, 1)
    }

    /// ISO-8601 (year, week).
    pub fn iso_week(&self) -> (i64, i64) {
        let wd = (self.weekday() + 6) % 7; // Monday = 0
        let doy = self.day_of_year();
        let week = (doy - wd + 10) / 7;
        if week < 1 {
            let prev = self.y - 1;
            let prev_days = if is_leap(prev) { 366 } else { 365 };
            let doy_prev = doy + prev_days;
            return (prev, (doy_prev - wd + 10) / 7);
        }
        let days = if is_leap(self.y) { 366 } else { 365 };
        if doy - wd + 3 >= days {
            return (self.y + 1, 1);
        }
        (self.y, week)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for z in [-800_000, -1, 0, 59, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(365), (1971, 1, 1));
    }

    #[test]
    fn mktime_fields_normalise() {
        // 2024-02-29 = 1709164800; month 13 of 2023 is January 2024, day 0 the last of the month before.
        assert_eq!(local_seconds(2024, 2, 29, 0, 0, 0), 1_709_164_800);
        assert_eq!(
            local_seconds(2023, 13, 1, 0, 0, 0),
            local_seconds(2024, 1, 1, 0, 0, 0)
        );
        assert_eq!(local_seconds(2024, 3, 0, 0, 0, 0), 1_709_164_800);
    }

    #[test]
    fn iso_weeks() {
        let z = Zone::utc();
        // 2021-01-01 is in week 53 of 2020; 2024-12-30 in week 1 of 2025.
        assert_eq!(Local::new(1_609_459_200, 0, &z).iso_week(), (2020, 53));
        assert_eq!(Local::new(1_735_516_800, 0, &z).iso_week(), (2025, 1));
    }

    #[test]
    fn named_zone_offsets() {
        let paris = Zone::named("europe/paris").expect("bundled tzdb");
        assert_eq!(paris.name(), "Europe/Paris");
        assert_eq!(paris.info(1_720_000_000), (7200, true, "CEST".to_string()));
        assert_eq!(paris.to_timestamp(1_720_000_000 + 7200), 1_720_000_000);
    }

    #[test]
    fn repeated_and_skipped_wall_times() {
        let ny = Zone::named("america/new_york").expect("bundled tzdb");
        // 2024-11-03 01:30 happens twice: EDT without a hint, EST for mktime() in winter.
        let local = local_seconds(2024, 11, 3, 1, 30, 0);
        assert_eq!(ny.to_timestamp(local), 1_730_611_800);
        assert_eq!(ny.to_timestamp_near(local, Some(false)), 1_730_615_400);
        assert_eq!(ny.to_timestamp_near(local, Some(true)), 1_730_611_800);
        // 2024-03-10 02:30 does not exist: read with EST, so 03:30 EDT.
        let gap = local_seconds(2024, 3, 10, 2, 30, 0);
        assert_eq!(ny.to_timestamp(gap), 1_710_055_800);
        let howe = Zone::named("australia/lord_howe").expect("bundled tzdb");
        let local = local_seconds(2024, 4, 7, 1, 30, 0);
        assert_eq!(howe.to_timestamp(local), 1_712_415_600);
        assert_eq!(howe.to_timestamp_near(local, Some(true)), 1_712_413_800);
    }
}
