//! strtotime()'s grammar (timelib's parse_date.re), for the formats programs use:
//! keywords (`now`, `today`, `noon` …), `@ts`, ISO / American / European dates,
//! written-out dates, times with am/pm, zones, and relative items (`+1 day`,
//! `next monday`, `first day of next month`, `2 days ago`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use fancy_regex::{Captures, Regex};

use super::calendar::{days_in_month, local_seconds, Local, Zone};

/// What a string said; unset parts come from the base moment.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    pub date: Option<(i64, i64, i64)>,
    /// Hour, minute, second, microsecond.
    pub time: Option<(i64, i64, i64, i64)>,
    pub zone: Option<Zone>,
    /// `@1234.5`: seconds and microseconds.
    pub timestamp: Option<(i64, i64)>,
    pub rel: Relative,
    /// The date had no year (`Jan 15`): the base moment's applies.
    pub year_from_base: bool,
    /// The date had no month (`10:00 2007`): the base moment's applies.
    pub month_from_base: bool,
    /// The date had no day (`october`): the base moment's applies.
    pub day_from_base: bool,
    /// A relative item was read (`date_parse()` shows the `relative` part then).
    pub has_relative: bool,
}

/// Relative items, applied after the absolute ones.
#[derive(Clone, Debug, Default)]
pub struct Relative {
    pub y: i64,
    pub m: i64,
    pub d: i64,
    pub h: i64,
    pub i: i64,
    pub s: i64,
    pub us: i64,
    /// Business days (`+2 weekdays`).
    pub weekdays: i64,
    /// (weekday 0-6, which: 0 this-or-next, n > 0 the nth after, n < 0 before).
    pub weekday: Option<(i64, i64)>,
    /// `first day of` (Some(true)) / `last day of` (Some(false)).
    pub day_of: Option<bool>,
    /// `second friday of` (weekday 0-6, 2) / `last friday of` (weekday, 0).
    pub weekday_of: Option<(i64, i64)>,
    /// `this/next/last week`: a weekday (Monday if none is named) of the ISO week.
    pub week_behavior: bool,
}

impl Parsed {
    /// The timestamp, microseconds and zone of this text read against `base`
    /// (the constructor, `strtotime()`): a date without a time is at midnight.
    pub fn resolve(&self, base: &Local) -> (i64, i64, Zone) {
        self.resolve_in(base, None)
    }

    /// [`Parsed::resolve`] for `modify()`: a date alone keeps the time of day, a zone
    /// in the text is ignored (but `@ts` moves to UTC), and the date being changed
    /// lends its DST flag `dst` to the reading of a repeated or skipped wall time
    /// ([`Zone::to_timestamp_near`]).
    pub fn resolve_modify(&self, base: &Local, dst: bool) -> (i64, i64, Zone) {
        self.resolve_in(base, Some(dst))
    }

    fn resolve_in(&self, base: &Local, modify: Option<bool>) -> (i64, i64, Zone) {
        let own_zone = match modify {
            Some(_) => self.timestamp.map(|_| Zone::Offset(0)),
            None => self.zone.clone(),
        };
        let zone = own_zone.clone().unwrap_or_else(|| base.zone.clone());
        let base = match self.timestamp {
            Some((ts, us)) => Local::new(ts, us, &Zone::Offset(0)),
            None => base.clone(),
        };
        let (mut y, mut m, mut d) = (base.y, base.m, base.d);
        let (mut h, mut i, mut s, mut us) = (base.h, base.i, base.s, base.us);
        if let Some(date) = self.date {
            (y, m, d) = date;
            if self.year_from_base {
                y = base.y;
            }
            if self.month_from_base {
                m = base.m;
            }
            if self.day_from_base {
                d = base.d;
            }
            if modify.is_none() {
                (h, i, s, us) = (0, 0, 0, 0);
            }
        }
        if let Some(t) = self.time {
            (h, i, s, us) = t;
        }
        let r = &self.rel;
        let lim = |v: i64| v.clamp(-LIMIT, LIMIT);
        let (mut d, h, i, s) = (lim(d), lim(h), lim(i), lim(s));
        y = lim(lim(y) + lim(r.y));
        m = lim(lim(m) + lim(r.m));
        if let Some(first) = r.day_of {
            (y, m) = (y + (m - 1).div_euclid(12), (m - 1).rem_euclid(12) + 1);
            d = if first { 1 } else { days_in_month(y, m) };
        }
        if let Some((_, n)) = r.weekday_of {
            // The 1st of the month, or of the next one for `last … of`.
            let next = (m - 1 + i64::from(n <= 0), 1);
            (y, m, d) = (y + next.0.div_euclid(12), next.0.rem_euclid(12) + 1, next.1);
        }
        let mut day = local_seconds(y, m, d, 0, 0, 0).div_euclid(86_400);
        if let Some((w, n)) = r.weekday_of {
            let cur = (day + 4).rem_euclid(7);
            day += if n > 0 {
                // The nth such weekday counting from the 1st itself.
                (w - cur).rem_euclid(7) + (n - 1) * 7
            } else {
                // The last one before the 1st of the following month.
                -(cur - w - 1).rem_euclid(7) - 1
            };
        }
        if r.week_behavior {
            // timelib's weekday_behavior 2: Monday to Sunday of the base date's week.
            let cur = (day + 4).rem_euclid(7);
            let mut w = r.weekday.map_or(1, |(w, _)| w);
            if cur == 0 && w != 0 {
                w -= 7;
            }
            if w == 0 && cur != 0 {
                w = 7;
            }
            day += w - cur;
        }
        // As timelib's do_adjust_relative: the weekday is found from the date read,
        // then the relative days are added.
        if let Some((w, n)) = r.weekday.filter(|_| !r.week_behavior) {
            let cur = (day + 4).rem_euclid(7);
            let ahead = (w - cur).rem_euclid(7);
            day += match n {
                0 => ahead,
                n if n > 0 => (if ahead == 0 { 7 } else { ahead }) + (n - 1) * 7,
                n => -(if ahead == 0 { 7 } else { 7 - ahead }) + (n + 1) * 7,
            };
        }
        day += lim(r.d);
        day = lim(add_weekdays(day, lim(r.weekdays)));
        let us = us + lim(r.us);
        let local = day * 86_400
            + (h + lim(r.h)) * 3600
            + (i + lim(r.i)) * 60
            + s
            + lim(r.s)
            + us.div_euclid(1_000_000);
        let us = us.rem_euclid(1_000_000);
        let ts = match (self.timestamp, self.date, self.time) {
            (Some(_), None, None) => local,
            _ => zone.to_timestamp_near(local, modify.filter(|_| own_zone.is_none())),
        };
        let zone = if self.timestamp.is_some() && own_zone.is_none() {
            Zone::Offset(0)
        } else {
            zone
        };
        (ts, us, zone)
    }
}

/// `n` business days after `day` (Monday to Friday count).
fn add_weekdays(mut day: i64, n: i64) -> i64 {
    let step = n.signum();
    let one = |day: &mut i64| {
        *day += step;
        while matches!((*day + 4).rem_euclid(7), 0 | 6) {
            *day += step;
        }
    };
    let mut left = n.abs();
    if left > 0 {
        one(&mut day);
        left -= 1;
    }
    // From a weekday, five business days are a week.
    day += step * 7 * (left / 5);
    for _ in 0..left % 5 {
        one(&mut day);
    }
    day
}

/// The largest relative amount or date field taken (10^11): beyond it the calendar
/// arithmetic would overflow.
const LIMIT: i64 = 100_000_000_000;

const MONTHS: &str = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const DAYS: &str = "sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?";
const ORDINALS: &str =
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";
const UNITS: &str = "ms|msecs?|millisec(?:ond)?s?|µs|µsecs?|usecs?|microsec(?:ond)?s?|sec(?:ond)?s?|min(?:ute)?s?|hours?|days?|weeks?|fortnights?|months?|years?|weekdays?";

#[derive(Clone, Copy)]
enum Rule {
    Timestamp,
    Keyword,
    BackFront,
    IsoWeek,
    IsoDate,
    DayOfYear,
    DateNoColon,
    IsoDate2,
    YearMonth,
    YearMonthText,
    UsDate,
    EuDate,
    TimeDots,
    DayMonthYear,
    MonthDayYear,
    MonthYear,
    Month,
    Time,
    HourT,
    TimeNoColon,
    HourMeridian,
    RelNumber,
    RelText,
    RelWeekday,
    DayOf,
    WeekdayOf,
    Weekday,
    Ago,
    ZoneAbbr,
    ZoneOffset,
    ZoneName,
}

fn rules() -> &'static [(Regex, Rule)] {
    static RULES: OnceLock<Vec<(Regex, Rule)>> = OnceLock::new();
    RULES.get_or_init(|| {
        let table: Vec<(String, Rule)> = vec![
            (r"@(-?\d+)(?:\.(\d{0,6})\d*)?".into(), Rule::Timestamp),
            (
                r"(now|today|midnight|noon|tomorrow|yesterday)\b".into(),
                Rule::Keyword,
            ),
            (
                r"(back|front)[ \t]+of[ \t]+(\d{1,2})(?:[ \t]*([ap])\.?m\.?)?\b".into(),
                Rule::BackFront,
            ),
            (
                r"(\d{4})-?w(0[1-9]|[1-4][0-9]|5[0-3])(?:-?([0-7]))?".into(),
                Rule::IsoWeek,
            ),
            (
                r"([+-]?\d{4}|[+-]\d{5,19})-(\d{1,2})-(\d{1,2})".into(),
                Rule::IsoDate,
            ),
            // timelib's dateslash: "2005/8/12".
            (r"(\d{4})/(\d{1,2})/(\d{1,2})".into(), Rule::IsoDate),
            // pgydotd: "2008.197", "1985-102".
            (r"(\d{4})[-.]?(\d{3})\b".into(), Rule::DayOfYear),
            (r"(\d{4})(\d{2})(\d{2})(?!\d)".into(), Rule::DateNoColon),
            (r"(\d{2})-(\d{2})-(\d{2})\b".into(), Rule::IsoDate2),
            // gnudateshorter: "2017-03".
            (r"(\d{4})-(\d{1,2})\b".into(), Rule::YearMonth),
            (
                format!(r"(\d{{4}})-({MONTHS})-(\d{{1,2}})\b"),
                Rule::YearMonthText,
            ),
            (r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b".into(), Rule::UsDate),
            (r"(\d{1,2})[-.](\d{1,2})[-.](\d{4})\b".into(), Rule::EuDate),
            (r"(\d{1,2})\.(\d{2})\.(\d{2})\b".into(), Rule::TimeDots),
            (
                format!(
                    r"(\d{{1,2}})(?:st|nd|rd|th)?[ \t.-]*({MONTHS})\b[ \t.,-]*(\d{{4}}|\d{{2}}(?![\d:]))?\b"
                ),
                Rule::DayMonthYear,
            ),
            (format!(r"({MONTHS})\b[ \t.-]*(\d{{4}})\b"), Rule::MonthYear),
            (
                format!(
                    r"({MONTHS})\b[ \t.-]*(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:\d])(?:[ \t,.-]*(\d{{4}}|\d{{2}}(?![\d:]))\b)?"
                ),
                Rule::MonthDayYear,
            ),
            (format!(r"({MONTHS})\b"), Rule::Month),
            (
                r"t?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,:](\d+))?)?(?:[ \t]*([ap])\.?m\.?\b)?".into(),
                Rule::Time,
            ),
            (r"t(\d{1,2})\b".into(), Rule::HourT),
            (r"(\d{1,2})[ \t]*([ap])\.?m\.?\b".into(), Rule::HourMeridian),
            // timelib's gnunocolon: four digits after a date are a time, "2345" is 23:45;
            // after a time, a year.
            (
                r"t?([01]\d|2[0-4])([0-5]\d)([0-5]\d)?(?!\d)".into(),
                Rule::TimeNoColon,
            ),
            (r"(first|last)[ \t]+day[ \t]+of\b".into(), Rule::DayOf),
            (
                format!(r"({ORDINALS}|next|last|previous|this)[ \t]+({DAYS})[ \t]+of\b"),
                Rule::WeekdayOf,
            ),
            (
                format!(r"([+-]*)[ \t]*(\d+)[ \t]*({UNITS}|{DAYS})\b"),
                Rule::RelNumber,
            ),
            (
                format!(r"(next|last|previous|this)[ \t]+({UNITS})\b"),
                Rule::RelText,
            ),
            (
                format!(r"(next|last|previous|this)[ \t]+({DAYS})\b"),
                Rule::RelWeekday,
            ),
            (format!(r"({DAYS})\b"), Rule::Weekday),
            (r"ago\b".into(), Rule::Ago),
            (r"(?:gmt)?([+-])([0-9:]+)".into(), Rule::ZoneOffset),
            (r"([a-z]+(?:/[a-z0-9_+-]+)+)".into(), Rule::ZoneName),
            (r"\(?([a-z]{1,6})\b\)?".into(), Rule::ZoneAbbr),
        ];
        table
            .into_iter()
            .filter_map(|(re, rule)| Regex::new(&format!("^(?i:{re})")).ok().map(|r| (r, rule)))
            .collect()
    })
}

fn num(c: &Captures, i: usize) -> i64 {
    c.get(i).and_then(|m| m.as_str().parse().ok()).unwrap_or(0)
}

fn month_number(name: &str) -> i64 {
    let n = name.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| n.starts_with(m))
    .map_or(1, |p| p as i64 + 1)
}

fn weekday_number(name: &str) -> i64 {
    let n = name.to_ascii_lowercase();
    ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        .iter()
        .position(|d| n.starts_with(d))
        .map_or(0, |p| p as i64)
}

fn two_digit_year(text: &str, y: i64) -> i64 {
    match (text.len(), y) {
        (2, 0..=69) => y + 2000,
        (2, _) => y + 1900,
        _ => y,
    }
}

/// Add `n` of `unit` to the relative part.
fn add_unit(rel: &mut Relative, n: i64, unit: &str) {
    let n = n.clamp(-LIMIT, LIMIT);
    let u = unit.to_ascii_lowercase();
    match u.as_str() {
        "ms" | "msec" | "msecs" => rel.us += n * 1000,
        _ if u.starts_with("milli") => rel.us += n * 1000,
        _ if u.starts_with("micro") || u.starts_with("usec") || u.starts_with("µs") => rel.us += n,
        _ if u.starts_with("weekday") => rel.weekdays += n,
        _ if u.starts_with("sec") => rel.s += n,
        _ if u.starts_with("min") => rel.i += n,
        _ if u.starts_with("hour") => rel.h += n,
        _ if u.starts_with("day") => rel.d += n,
        _ if u.starts_with("fortnight") => rel.d += 14 * n,
        _ if u.starts_with("week") => rel.d += 7 * n,
        _ if u.starts_with("month") => rel.m += n,
        _ => rel.y += n,
    }
}

/// The time of day `today`, a weekday … leave (timelib's TIMELIB_UNHAVE_TIME).
const MIDNIGHT: (i64, i64, i64, i64) = (0, 0, 0, 0);

/// Whether a word is a weekday name.
static DAYS_RE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(&format!("^(?i:{DAYS})$")).expect("the weekday pattern is valid")
});

/// The seconds of a UTC offset's digits after its sign, by their length as
/// timelib's `timelib_parse_tz_cor` reads them: `H`, `HH`, `H:M`, `HH:M`, `H:MM`,
/// `HHMM`, `HH:MM`, `HHMMSS`, `HH:MM:SS`.
fn offset_seconds(t: &str) -> Option<i32> {
    let b = t.as_bytes();
    let n = |r: std::ops::Range<usize>| t.get(r)?.parse::<i32>().ok();
    match b.len() {
        1 | 2 => Some(n(0..b.len())? * 3600),
        3 | 4 if b[1] == b':' => Some(n(0..1)? * 3600 + n(2..b.len())? * 60),
        3 | 4 if b[2] == b':' => Some(n(0..2)? * 3600 + n(3..b.len())? * 60),
        3 | 4 => {
            let v = n(0..b.len())?;
            Some(v / 100 * 3600 + v % 100 * 60)
        }
        5 if b[2] == b':' => Some(n(0..2)? * 3600 + n(3..5)? * 60),
        6 => {
            let v = n(0..6)?;
            Some(v / 10000 * 3600 + v / 100 % 100 * 60 + v % 100)
        }
        8 if b[2] == b':' && b[5] == b':' => Some(n(0..2)? * 3600 + n(3..5)? * 60 + n(6..8)?),
        _ => None,
    }
}

fn meridian(h: i64, ap: Option<&str>) -> Option<i64> {
    match ap.map(|s| s.to_ascii_lowercase()) {
        None => Some(h),
        Some(_) if !(1..=12).contains(&h) => None,
        Some(a) if a == "a" => Some(h % 12),
        Some(_) => Some(h % 12 + 12),
    }
}

/// A numeric date whose month and day are in range (day 0 and month 0 are the
/// last of the previous ones, as timelib allows).
fn checked(date: (i64, i64, i64)) -> Option<(i64, i64, i64)> {
    ((0..=12).contains(&date.1) && (0..=31).contains(&date.2)).then_some(date)
}

/// Apply one matched item; `None` when it is out of range (garbage).
fn apply(p: &mut Parsed, rule: Rule, c: &Captures) -> Option<()> {
    let text = |i: usize| c.get(i).map_or("", |m| m.as_str());
    match rule {
        Rule::Timestamp => {
            // "@-1.5" is 1.5 seconds before the epoch.
            let frac: i64 = format!("{:0<6}", text(2)).parse().unwrap_or(0);
            let secs = num(c, 1);
            let negative = text(1).starts_with('-');
            p.timestamp = Some(if negative && frac > 0 {
                (secs - 1, 1_000_000 - frac)
            } else {
                (secs, frac)
            });
        }
        Rule::Keyword => match text(1).to_ascii_lowercase().as_str() {
            "now" => {}
            "noon" => {
                p.time = Some((12, 0, 0, 0));
            }
            "tomorrow" => {
                p.rel.d += 1;
                p.has_relative = true;
                p.time = Some(MIDNIGHT);
            }
            "yesterday" => {
                p.rel.d -= 1;
                p.has_relative = true;
                p.time = Some(MIDNIGHT);
            }
            _ => p.time = Some(MIDNIGHT),
        },
        Rule::BackFront => {
            // "back of 7pm" is 19:15, "front of 7pm" 18:45.
            let h = meridian(num(c, 2), c.get(3).map(|m| m.as_str()))?;
            p.time = Some(if text(1).eq_ignore_ascii_case("back") {
                (h, 15, 0, 0)
            } else {
                (h - 1, 45, 0, 0)
            });
        }
        Rule::IsoWeek => {
            // timelib_daynr_from_weeknr: days from January 1st (day 1 of week 1 is the
            // Monday of the week holding the year's first Thursday; day 0 the Sunday
            // before); the day defaults to Monday.
            let y = num(c, 1);
            let day = if c.get(3).is_some() { num(c, 3) } else { 1 };
            let dow = (super::calendar::days_from_civil(y, 1, 1) + 4).rem_euclid(7);
            let first = if dow > 4 { 7 - dow } else { -dow };
            p.date = Some((y, 1, 1 + first + (num(c, 2) - 1) * 7 + day));
        }
        Rule::IsoDate => p.date = Some(checked((num(c, 1), num(c, 2), num(c, 3)))?),
        Rule::DayOfYear => {
            let doy = num(c, 2);
            if !(1..=366).contains(&doy) {
                return None;
            }
            p.date = Some((num(c, 1), 1, doy));
        }
        Rule::DateNoColon => p.date = Some(checked((num(c, 1), num(c, 2), num(c, 3)))?),
        Rule::IsoDate2 => {
            p.date = Some(checked((
                two_digit_year(text(1), num(c, 1)),
                num(c, 2),
                num(c, 3),
            ))?)
        }
        Rule::YearMonth => p.date = Some(checked((num(c, 1), num(c, 2), 1))?),
        Rule::YearMonthText => {
            p.date = Some(checked((num(c, 1), month_number(text(2)), num(c, 3)))?)
        }
        Rule::TimeDots => {
            if num(c, 1) > 24 || num(c, 2) > 59 || num(c, 3) > 60 {
                return None;
            }
            p.time = Some((num(c, 1), num(c, 2), num(c, 3), 0));
        }
        Rule::Month => {
            p.date = Some((0, month_number(text(1)), 0));
            p.year_from_base = true;
            p.day_from_base = true;
        }
        Rule::HourT => {
            if num(c, 1) > 24 {
                return None;
            }
            p.time = Some((num(c, 1), 0, 0, 0));
        }
        Rule::UsDate => {
            p.date = Some(checked((
                two_digit_year(text(3), num(c, 3)),
                num(c, 1),
                num(c, 2),
            ))?)
        }
        Rule::EuDate => p.date = Some(checked((num(c, 3), num(c, 2), num(c, 1)))?),
        Rule::DayMonthYear | Rule::MonthDayYear | Rule::MonthYear => {
            let (day, month, year) = match rule {
                Rule::DayMonthYear => (num(c, 1), text(2), c.get(3)),
                Rule::MonthDayYear => (num(c, 2), text(1), c.get(3)),
                _ => (1, text(1), c.get(2)),
            };
            let y = match year {
                Some(m) => two_digit_year(m.as_str(), m.as_str().parse().ok()?),
                None => 0,
            };
            // Without a year, the base moment's year applies (resolved later).
            p.date = Some((y, month_number(month), day));
            if year.is_none() {
                p.year_from_base = true;
            }
        }
        Rule::Time => {
            let h = meridian(num(c, 1), c.get(5).map(|m| m.as_str()))?;
            let frac = text(4);
            let us = format!("{frac:0<6}").get(..6)?.parse().unwrap_or(0);
            if h > 24 || num(c, 2) > 59 || num(c, 3) > 60 {
                return None;
            }
            p.time = Some((h, num(c, 2), num(c, 3), us));
        }
        // After a time, four digits are a year; otherwise only after a date here:
        // before a date they can start other formats ("2005 Aug 12" fails).
        Rule::TimeNoColon if p.time.is_some() && c.get(3).is_none() => {
            let y = num(c, 1) * 100 + num(c, 2);
            match &mut p.date {
                Some(date) => {
                    date.0 = y;
                    p.year_from_base = false;
                }
                None => {
                    p.date = Some((y, 0, 0));
                    p.month_from_base = true;
                    p.day_from_base = true;
                }
            }
        }
        Rule::TimeNoColon if p.time.is_some() || p.date.is_none() => return None,
        Rule::TimeNoColon => p.time = Some((num(c, 1), num(c, 2), num(c, 3), 0)),
        Rule::HourMeridian => p.time = Some((meridian(num(c, 1), Some(text(2)))?, 0, 0, 0)),
        Rule::RelNumber => {
            // Each '-' of "+-60" or "--60" flips the sign.
            let minus = text(1).matches('-').count() % 2 == 1;
            let n = num(c, 2) * if minus { -1 } else { 1 };
            if DAYS_RE.is_match(text(3)).unwrap_or(false) {
                // "3 tuesday": the third Tuesday from today on (the time stays).
                p.rel.d += if n > 0 { n - 1 } else { n } * 7;
                p.rel.weekday = Some((weekday_number(text(3)), 0));
            } else {
                add_unit(&mut p.rel, n, text(3));
            }
        }
        Rule::RelText => {
            let n = match text(1).to_ascii_lowercase().as_str() {
                "next" => 1,
                "this" => 0,
                _ => -1,
            };
            add_unit(&mut p.rel, n, text(2));
            let unit = text(2).to_ascii_lowercase();
            if unit.starts_with("week") && !unit.starts_with("weekday") {
                p.rel.week_behavior = true;
            }
        }
        Rule::RelWeekday => {
            let n = match text(1).to_ascii_lowercase().as_str() {
                "next" => 1,
                "this" => 0,
                _ => -1,
            };
            p.rel.weekday = Some((weekday_number(text(2)), n));
            p.time = Some(MIDNIGHT);
        }
        Rule::DayOf => p.rel.day_of = Some(text(1).eq_ignore_ascii_case("first")),
        Rule::WeekdayOf => {
            let which = text(1).to_ascii_lowercase();
            let n = match which.as_str() {
                "next" => 1,
                "last" | "previous" | "this" => 0,
                _ => ORDINALS.split('|').position(|o| o == which)? as i64 + 1,
            };
            p.rel.weekday_of = Some((weekday_number(text(2)), n));
            p.time = Some(MIDNIGHT);
        }
        Rule::Weekday => {
            p.rel.weekday = Some((weekday_number(text(1)), 0));
            p.time = Some(MIDNIGHT);
        }
        Rule::Ago => {
            let r = &mut p.rel;
            for f in [
                &mut r.y,
                &mut r.m,
                &mut r.d,
                &mut r.h,
                &mut r.i,
                &mut r.s,
                &mut r.weekdays,
            ] {
                *f = -*f;
            }
        }
        Rule::ZoneAbbr => p.zone = Some(Zone::abbr_or_named(text(1))?),
        Rule::ZoneOffset => {
            let secs = offset_seconds(text(2))?;
            p.zone = Some(Zone::Offset(if text(1) == "-" { -secs } else { secs }));
        }
        Rule::ZoneName => p.zone = Some(Zone::abbr_or_named(text(1))?),
    }
    Some(())
}

/// Parse `text`; `None` for anything it cannot read entirely. Programs repeat the
/// same few strings (`modify('+1 day')` in a loop): the last results are kept.
pub fn parse(text: &[u8]) -> Option<Parsed> {
    thread_local! {
        static SEEN: RefCell<HashMap<Vec<u8>, Option<Parsed>>> = RefCell::new(HashMap::new());
    }
    const KEPT: usize = 64;
    if let Some(p) = SEEN.with(|s| s.borrow().get(text).cloned()) {
        return p;
    }
    let p = parse_text(text).ok();
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= KEPT {
            s.clear();
        }
        s.insert(text.to_vec(), p.clone());
    });
    p
}

/// Where reading `text` stops: the byte offset of the first item no rule reads
/// (timelib reports its first error there); None when it parses.
pub fn failure_offset(text: &[u8]) -> Option<usize> {
    parse_text(text).err()
}

fn parse_text(text: &[u8]) -> Result<Parsed, usize> {
    let text = std::str::from_utf8(text).map_err(|e| e.valid_up_to())?;
    let mut p = Parsed::default();
    let skip = |t: &str| t.len() - t.trim_start_matches([' ', '\t', '\n', ',']).len();
    let mut at = skip(text);
    if at == text.len() {
        return Err(0);
    }
    while at < text.len() {
        let rest = &text[at..];
        let (len, ok) = rules()
            .iter()
            .find_map(|(re, rule)| {
                let c = re.captures(rest).ok()??;
                let len = c.get(0)?.end();
                let relative = matches!(
                    rule,
                    Rule::RelNumber
                        | Rule::RelText
                        | Rule::RelWeekday
                        | Rule::DayOf
                        | Rule::WeekdayOf
                        | Rule::Weekday
                        | Rule::Ago
                );
                p.has_relative |= relative;
                (len > 0).then(|| (len, apply(&mut p, *rule, &c)))
            })
            .ok_or(at)?;
        ok.ok_or(at)?;
        at += len;
        at += skip(&text[at..]);
    }
    Ok(p)
}
