//! ext/date's functions: `date()`, `mktime()`, `strtotime()` & co. Moments are
//! Unix timestamps shown in a zone (`calendar`), formatted by `format`, parsed by
//! `parse` (strtotime's grammar).

pub mod abbr;
pub mod calendar;
pub mod format;
pub mod parse;
pub mod strftime;
pub mod sun;
pub mod zones;

use std::time::{SystemTime, UNIX_EPOCH};

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func, get, has, opt_bool, opt_long, opt_nullable_long};
use super::BuiltinSpec;
use calendar::{days_in_month, local_seconds, Local, Zone};

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("date", date, &["format", "timestamp"], 1),
    func("gmdate", gmdate, &["format", "timestamp"], 1),
    func("idate", idate, &["format", "timestamp"], 1),
    func("strftime", strftime, &["format", "timestamp"], 1),
    func("gettimeofday", gettimeofday, &["as_float"], 0),
    func(
        "timezone_identifiers_list",
        timezone_identifiers_list,
        &["timezoneGroup", "countryCode"],
        0,
    ),
    func("gmstrftime", gmstrftime, &["format", "timestamp"], 1),
    func(
        "mktime",
        mktime,
        &["hour", "minute", "second", "month", "day", "year"],
        1,
    ),
    func(
        "gmmktime",
        gmmktime,
        &["hour", "minute", "second", "month", "day", "year"],
        1,
    ),
    func("checkdate", checkdate, &["month", "day", "year"], 3),
    func("strtotime", strtotime, &["datetime", "baseTimestamp"], 1),
    func("getdate", getdate, &["timestamp"], 0),
    func("localtime", localtime, &["timestamp", "associative"], 0),
    func(
        "date_default_timezone_set",
        date_default_timezone_set,
        &["timezoneId"],
        1,
    ),
    func(
        "date_default_timezone_get",
        date_default_timezone_get,
        &[],
        0,
    ),
    func("date_parse", date_parse, &["datetime"], 1),
    func(
        "date_sun_info",
        date_sun_info,
        &["timestamp", "latitude", "longitude"],
        3,
    ),
    func("date_sunrise", date_sunrise, SUN_PARAMS, 1),
    func("date_sunset", date_sunset, SUN_PARAMS, 1),
    func(
        "timezone_abbreviations_list",
        timezone_abbreviations_list,
        &[],
        0,
    ),
    func(
        "timezone_name_from_abbr",
        timezone_name_from_abbr,
        &["abbr", "utcOffset", "isDST"],
        1,
    ),
];

/// `DATE_ATOM` & co (also `DateTimeInterface::ATOM` …).
pub const FORMAT_CONSTANTS: &[(&str, &str)] = &[
    ("DATE_ATOM", "Y-m-d\\TH:i:sP"),
    ("DATE_COOKIE", "l, d-M-Y H:i:s T"),
    ("DATE_ISO8601", "Y-m-d\\TH:i:sO"),
    ("DATE_RFC822", "D, d M y H:i:s O"),
    ("DATE_RFC850", "l, d-M-y H:i:s T"),
    ("DATE_RFC1036", "D, d M y H:i:s O"),
    ("DATE_RFC1123", "D, d M Y H:i:s O"),
    ("DATE_RFC7231", "D, d M Y H:i:s \\G\\M\\T"),
    ("DATE_RFC2822", "D, d M Y H:i:s O"),
    ("DATE_RFC3339", "Y-m-d\\TH:i:sP"),
    ("DATE_RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"),
    ("DATE_RSS", "D, d M Y H:i:s O"),
    ("DATE_W3C", "Y-m-d\\TH:i:sP"),
];

/// Seconds and microseconds since the epoch.
pub fn now() -> (i64, i64) {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    (d.as_secs() as i64, i64::from(d.subsec_micros()))
}

/// The default zone: `date_default_timezone_set()`'s, else a valid `date.timezone`, else UTC.
pub fn default_zone(vm: &Vm) -> Zone {
    vm.date_timezone
        .as_deref()
        .or_else(|| vm.ini_get("date.timezone"))
        .and_then(Zone::named)
        .unwrap_or_else(Zone::utc)
}

/// The optional `?int $timestamp` argument `i`, defaulting to now.
fn timestamp_arg(vm: &mut Vm, args: &[Value], i: usize, name: &str) -> Result<i64, Unwind> {
    Ok(opt_nullable_long(vm, args, i, name)?.unwrap_or_else(|| now().0))
}

/// `date` / `gmdate`: `abbr` overrides the zone's abbreviation (php's non-local
/// formatting calls UTC "GMT" in `T`, while `e` stays "UTC").
fn date_in(vm: &mut Vm, args: &[Value], name: &str, zone: Zone, abbr: Option<&str>) -> R {
    let fmt = arg_str(vm, args, 0, name)?;
    let ts = timestamp_arg(vm, args, 1, name)?;
    let mut t = Local::new(ts, 0, &zone);
    if let Some(a) = abbr {
        t.abbr = a.into();
    }
    Ok(Value::from(format::format(&fmt, &t)))
}

fn date(vm: &mut Vm, args: &mut [Value]) -> R {
    let zone = default_zone(vm);
    date_in(vm, args, "date", zone, None)
}

fn gmdate(vm: &mut Vm, args: &mut [Value]) -> R {
    date_in(vm, args, "gmdate", Zone::utc(), Some("GMT"))
}

/// `timezone_identifiers_list()` (also `DateTimeZone::listIdentifiers()`, which
/// names itself in `f`). PER_COUNTRY needs a country code; the bundled database has
/// no country table, so a country's list is empty.
pub fn identifiers_list(vm: &mut Vm, args: &[Value], f: &str) -> R {
    let groups = super::args::opt_long(vm, args, 0, f, 2047)?;
    let country = match get(args, 1) {
        Value::Null | Value::Undef => None,
        _ => Some(arg_str(vm, args, 1, f)?),
    };
    if groups == zones::PER_COUNTRY {
        if country.as_ref().is_none_or(|c| c.len() != 2) {
            return Err(super::args::value_error(
                vm,
                f,
                1,
                "must be a two-letter ISO 3166-1 compatible country code when argument #1 ($timezoneGroup) is DateTimeZone::PER_COUNTRY",
            ));
        }
        return Ok(Value::from(PhpArray::new()));
    }
    Ok(Value::from(PhpArray::from_list(
        zones::identifiers(groups)
            .into_iter()
            .map(Value::from)
            .collect(),
    )))
}

fn timezone_identifiers_list(vm: &mut Vm, args: &mut [Value]) -> R {
    identifiers_list(vm, args, "timezone_identifiers_list")
}

/// The time as a float, or as `sec`, `usec` and the default zone's `minuteswest` and
/// `dsttime` then.
fn gettimeofday(vm: &mut Vm, args: &mut [Value]) -> R {
    let (secs, us) = now();
    if opt_bool(vm, args, 0, "gettimeofday", false)? {
        return Ok(Value::Double(secs as f64 + us as f64 / 1e6));
    }
    let (offset, dst, _) = default_zone(vm).info(secs);
    let mut a = PhpArray::new();
    for (k, v) in [
        ("sec", secs),
        ("usec", us),
        ("minuteswest", -i64::from(offset) / 60),
        ("dsttime", i64::from(dst)),
    ] {
        a.insert(ArrayKey::from_bytes(k.as_bytes()), Value::Long(v));
    }
    Ok(Value::from(a))
}

/// `strftime` and `gmstrftime`: deprecated, and false for an empty result.
fn strftime_in(vm: &mut Vm, args: &[Value], name: &str, gmt: bool) -> R {
    vm.deprecated(&format!("Function {name}() is deprecated"));
    let fmt = arg_str(vm, args, 0, name)?;
    let ts = timestamp_arg(vm, args, 1, name)?;
    let (zone, zone_name) = if gmt {
        (Zone::utc(), None)
    } else {
        (default_zone(vm), Some(()))
    };
    let t = Local::new(ts, 0, &zone);
    let zone_name = zone_name.map_or_else(|| "GMT".to_string(), |()| t.abbr.clone());
    let out = strftime::strftime(&fmt, &t, &zone_name);
    Ok(if out.is_empty() {
        Value::False
    } else {
        Value::from(out)
    })
}

fn strftime(vm: &mut Vm, args: &mut [Value]) -> R {
    strftime_in(vm, args, "strftime", false)
}

fn gmstrftime(vm: &mut Vm, args: &mut [Value]) -> R {
    strftime_in(vm, args, "gmstrftime", true)
}

fn idate(vm: &mut Vm, args: &mut [Value]) -> R {
    let fmt = arg_str(vm, args, 0, "idate")?;
    let ts = timestamp_arg(vm, args, 1, "idate")?;
    // PHP 8.2 warns (8.3 throws) on a bad format.
    let &[c] = fmt.as_slice() else {
        vm.warning("idate(): idate format is one char");
        return Ok(Value::False);
    };
    if !b"BdjhgHGiILmnNostUwWyYzZ".contains(&c) {
        vm.warning("idate(): Unrecognized date format token");
        return Ok(Value::False);
    }
    let t = Local::new(ts, 0, &default_zone(vm));
    let text = format::format(&[c], &t);
    let n = std::str::from_utf8(&text)
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or(0);
    Ok(Value::Long(n))
}

fn mktime_in(vm: &mut Vm, args: &[Value], name: &str, zone: Zone) -> R {
    let now = Local::new(now().0, 0, &zone);
    let defaults = [now.h, now.i, now.s, now.m, now.d, now.y];
    let mut f = [0i64; 6];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = opt_nullable_long(vm, args, i, name)?.unwrap_or(defaults[i]);
    }
    // Two-digit years: 0-69 are 2000-2069, 70-100 are 1970-2000 (timelib).
    let year = match f[5] {
        y @ 0..=69 if has(args, 5) && !get(args, 5).is_null() => y + 2000,
        y @ 70..=100 if has(args, 5) && !get(args, 5).is_null() => y + 1900,
        y => y,
    };
    let local = local_seconds(year, f[3], f[4], f[0], f[1], f[2]);
    Ok(Value::Long(zone.to_timestamp_near(local, Some(now.dst))))
}

fn mktime(vm: &mut Vm, args: &mut [Value]) -> R {
    let zone = default_zone(vm);
    mktime_in(vm, args, "mktime", zone)
}

fn gmmktime(vm: &mut Vm, args: &mut [Value]) -> R {
    mktime_in(vm, args, "gmmktime", Zone::utc())
}

fn checkdate(vm: &mut Vm, args: &mut [Value]) -> R {
    let m = arg_long(vm, args, 0, "checkdate")?;
    let d = arg_long(vm, args, 1, "checkdate")?;
    let y = arg_long(vm, args, 2, "checkdate")?;
    let ok =
        (1..=32767).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m);
    Ok(Value::from(ok))
}

fn strtotime(vm: &mut Vm, args: &mut [Value]) -> R {
    let text = arg_str(vm, args, 0, "strtotime")?;
    let base = timestamp_arg(vm, args, 1, "strtotime")?;
    let zone = default_zone(vm);
    Ok(match parse::parse(&text) {
        Some(p) => Value::Long(p.resolve(&Local::new(base, 0, &zone)).0),
        None => Value::False,
    })
}

fn set(a: &mut PhpArray, key: &str, v: impl Into<Value>) {
    a.insert(ArrayKey::from_bytes(key.as_bytes()), v.into());
}

fn getdate(vm: &mut Vm, args: &mut [Value]) -> R {
    let ts = timestamp_arg(vm, args, 0, "getdate")?;
    let t = Local::new(ts, 0, &default_zone(vm));
    let mut a = PhpArray::new();
    set(&mut a, "seconds", t.s);
    set(&mut a, "minutes", t.i);
    set(&mut a, "hours", t.h);
    set(&mut a, "mday", t.d);
    set(&mut a, "wday", t.weekday());
    set(&mut a, "mon", t.m);
    set(&mut a, "year", t.y);
    set(&mut a, "yday", t.day_of_year());
    set(&mut a, "weekday", format::DAY_NAMES[t.weekday() as usize]);
    set(&mut a, "month", format::MONTH_NAMES[(t.m - 1) as usize]);
    a.insert(ArrayKey::Int(0), Value::Long(ts));
    Ok(Value::from(a))
}

fn localtime(vm: &mut Vm, args: &mut [Value]) -> R {
    let ts = timestamp_arg(vm, args, 0, "localtime")?;
    let assoc = opt_bool(vm, args, 1, "localtime", false)?;
    let t = Local::new(ts, 0, &default_zone(vm));
    let fields = [
        ("tm_sec", t.s),
        ("tm_min", t.i),
        ("tm_hour", t.h),
        ("tm_mday", t.d),
        ("tm_mon", t.m - 1),
        ("tm_year", t.y - 1900),
        ("tm_wday", t.weekday()),
        ("tm_yday", t.day_of_year()),
        ("tm_isdst", i64::from(t.dst)),
    ];
    let mut a = PhpArray::new();
    for (i, (name, v)) in fields.into_iter().enumerate() {
        if assoc {
            set(&mut a, name, v);
        } else {
            a.insert(ArrayKey::Int(i as i64), Value::Long(v));
        }
    }
    Ok(Value::from(a))
}

fn date_default_timezone_set(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "date_default_timezone_set")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    match Zone::named(&name) {
        Some(zone) => {
            vm.date_timezone = Some(zone.name());
            Ok(Value::True)
        }
        None => {
            vm.notice(&format!(
                "date_default_timezone_set(): Timezone ID '{name}' is invalid"
            ));
            Ok(Value::False)
        }
    }
}

fn date_default_timezone_get(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::from(default_zone(vm).name()))
}

/// `timezone_abbreviations_list()` / `DateTimeZone::listAbbreviations()`: timelib's
/// table grouped by abbreviation.
pub fn timezone_abbreviations_list(_vm: &mut Vm, _: &mut [Value]) -> R {
    let mut out = PhpArray::new();
    let mut group = PhpArray::new();
    let table = abbr::table();
    for (i, e) in table.iter().enumerate() {
        let mut row = PhpArray::new();
        row.insert(ArrayKey::from_bytes(b"dst"), Value::from(e.dst));
        row.insert(
            ArrayKey::from_bytes(b"offset"),
            Value::Long(i64::from(e.offset)),
        );
        let id = e.id.map_or(Value::Null, Value::from);
        row.insert(ArrayKey::from_bytes(b"timezone_id"), id);
        group.insert(ArrayKey::Int(group.len() as i64), Value::from(row));
        if table.get(i + 1).is_none_or(|next| next.abbr != e.abbr) {
            let rows = std::mem::take(&mut group);
            out.insert(ArrayKey::from_bytes(e.abbr.as_bytes()), Value::from(rows));
        }
    }
    Ok(Value::from(out))
}

fn timezone_name_from_abbr(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = "timezone_name_from_abbr";
    let abbr = arg_str(vm, args, 0, name)?;
    let offset = opt_long(vm, args, 1, name, -1)?;
    let dst = opt_long(vm, args, 2, name, -1)?;
    let abbr = String::from_utf8_lossy(&abbr);
    Ok(abbr::name_from_abbr(&abbr, offset, dst).map_or(Value::False, Value::from))
}

const SUN_PARAMS: &[&str] = &[
    "timestamp",
    "returnFormat",
    "latitude",
    "longitude",
    "zenith",
    "utcOffset",
];

/// `SUNFUNCS_RET_TIMESTAMP`, `SUNFUNCS_RET_STRING`, `SUNFUNCS_RET_DOUBLE`.
const SUN_TIMESTAMP: i64 = 0;
const SUN_STRING: i64 = 1;
const SUN_DOUBLE: i64 = 2;

/// An optional `?float` argument, else the float value of ini setting `ini`.
fn float_or_ini(
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    name: &str,
    ini: &str,
) -> Result<f64, Unwind> {
    if has(args, i) && !matches!(get(args, i), Value::Null) {
        return super::args::arg_double(vm, args, i, name);
    }
    Ok(vm
        .ini_get(ini)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0.0))
}

fn date_sunrise(vm: &mut Vm, args: &mut [Value]) -> R {
    sunrise_sunset(vm, args, false)
}

fn date_sunset(vm: &mut Vm, args: &mut [Value]) -> R {
    sunrise_sunset(vm, args, true)
}

/// `date_sunrise()` / `date_sunset()` (deprecated): the time the sun's upper edge
/// crosses `90 - zenith` degrees, as a timestamp, `"HH:MM"` or hours, the latter two
/// shifted by `utcOffset` hours (by default the default zone's offset in 1970).
fn sunrise_sunset(vm: &mut Vm, args: &[Value], set: bool) -> R {
    let name = if set { "date_sunset" } else { "date_sunrise" };
    vm.deprecated(&format!("Function {name}() is deprecated"));
    let ts = arg_long(vm, args, 0, name)?;
    let format = opt_long(vm, args, 1, name, SUN_STRING)?;
    let lat = float_or_ini(vm, args, 2, name, "date.default_latitude")?;
    let lon = float_or_ini(vm, args, 3, name, "date.default_longitude")?;
    let zenith_ini = if set {
        "date.sunset_zenith"
    } else {
        "date.sunrise_zenith"
    };
    let zenith = float_or_ini(vm, args, 4, name, zenith_ini)?;
    if ![SUN_TIMESTAMP, SUN_STRING, SUN_DOUBLE].contains(&format) {
        return Err(super::args::value_error(
            vm,
            name,
            1,
            "must be one of SUNFUNCS_RET_TIMESTAMP, SUNFUNCS_RET_STRING, or SUNFUNCS_RET_DOUBLE",
        ));
    }
    let zone = default_zone(vm);
    let offset = match get(args, 5) {
        Value::Null | Value::Undef => f64::from(zone.info(0).0 / 3600),
        _ => super::args::arg_double(vm, args, 5, name)?,
    };
    if !lat.is_finite() || !lon.is_finite() {
        return Ok(Value::False);
    }
    let day = sun::sun_day(ts, &zone, lon, lat, 90.0 - zenith, true);
    let sun::Sky::Crosses {
        rise,
        set: down,
        h_rise,
        h_set,
    } = day.sky
    else {
        return Ok(Value::False);
    };
    if format == SUN_TIMESTAMP {
        return Ok(Value::Long(if set { down } else { rise }));
    }
    let mut n = if set { h_set } else { h_rise } + offset;
    if !(0.0..=24.0).contains(&n) {
        n -= (n / 24.0).floor() * 24.0;
    }
    if !(0.0..=24.0).contains(&n) {
        return Ok(Value::False);
    }
    Ok(if format == SUN_STRING {
        let h = n as i64;
        Value::from(format!("{h:02}:{:02}", (60.0 * (n - h as f64)) as i64))
    } else {
        Value::Double(n)
    })
}

/// `date_sun_info()`: sunrise, sunset, transit and the three twilights of the local
/// day of a timestamp; true/false where the sun stays above/below.
fn date_sun_info(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = "date_sun_info";
    let ts = arg_long(vm, args, 0, name)?;
    let lat = super::args::arg_double(vm, args, 1, name)?;
    let lon = super::args::arg_double(vm, args, 2, name)?;
    for (i, v) in [(1, lat), (2, lon)] {
        if !v.is_finite() {
            return Err(super::args::value_error(vm, name, i, "must be finite"));
        }
    }
    let zone = default_zone(vm);
    let mut a = PhpArray::new();
    let kinds = [
        ("sunrise", "sunset", -50.0 / 60.0, true),
        ("civil_twilight_begin", "civil_twilight_end", -6.0, false),
        (
            "nautical_twilight_begin",
            "nautical_twilight_end",
            -12.0,
            false,
        ),
        (
            "astronomical_twilight_begin",
            "astronomical_twilight_end",
            -18.0,
            false,
        ),
    ];
    for (begin, end, altit, upper) in kinds {
        let day = sun::sun_day(ts, &zone, lon, lat, altit, upper);
        let (b, e) = match day.sky {
            sun::Sky::Crosses { rise, set, .. } => (Value::Long(rise), Value::Long(set)),
            sun::Sky::Below => (Value::False, Value::False),
            sun::Sky::Above => (Value::True, Value::True),
        };
        set(&mut a, begin, b);
        set(&mut a, end, e);
        if upper {
            set(&mut a, "transit", Value::Long(day.transit));
        }
    }
    Ok(Value::from(a))
}

/// `date_parse()`: the fields a text gives, false where it gives none; a zone, and
/// the relative part when there is one. A text that does not parse reports one
/// error at its start.
fn date_parse(vm: &mut Vm, args: &mut [Value]) -> R {
    let text = arg_str(vm, args, 0, "date_parse")?;
    let parsed = parse::parse(&text);
    let p = parsed.clone().unwrap_or_default();
    let mut a = PhpArray::new();
    let field = |v: Option<i64>| v.map_or(Value::False, Value::Long);
    let (date, time) = match p.timestamp {
        // "@ts" is the epoch in UTC and ts relative seconds.
        Some(_) => (Some((1970, 1, 1)), Some((0, 0, 0, 0))),
        None => (p.date, p.time),
    };
    set(
        &mut a,
        "year",
        field(date.filter(|_| !p.year_from_base).map(|d| d.0)),
    );
    set(
        &mut a,
        "month",
        field(date.filter(|_| !p.month_from_base).map(|d| d.1)),
    );
    set(
        &mut a,
        "day",
        field(date.filter(|_| !p.day_from_base).map(|d| d.2)),
    );
    set(&mut a, "hour", field(time.map(|t| t.0)));
    set(&mut a, "minute", field(time.map(|t| t.1)));
    set(&mut a, "second", field(time.map(|t| t.2)));
    let fraction = time.map_or(Value::False, |t| Value::Double(t.3 as f64 / 1e6));
    set(&mut a, "fraction", fraction);
    let mut warnings = PhpArray::new();
    if let Some((h, i, s, _)) = time.filter(|_| parsed.is_some()) {
        if h > 24 || (h == 24 && (i, s) != (0, 0)) {
            let at = ArrayKey::Int(text.len() as i64 + 1);
            warnings.insert(at, Value::from("The parsed time was invalid"));
        }
    }
    let full_date = date.filter(|_| !(p.year_from_base || p.month_from_base || p.day_from_base));
    if let Some((y, m, d)) = full_date.filter(|_| parsed.is_some()) {
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            let at = ArrayKey::Int(text.len() as i64 + 1);
            warnings.insert(at, Value::from("The parsed date was invalid"));
        }
    }
    let mut errors = PhpArray::new();
    if parsed.is_none() {
        let why = if text.is_empty() {
            "Empty string"
        } else {
            "The timezone could not be found in the database"
        };
        errors.insert(ArrayKey::Int(0), Value::from(why));
    }
    set(&mut a, "warning_count", Value::Long(warnings.len() as i64));
    set(&mut a, "warnings", Value::from(warnings));
    set(&mut a, "error_count", Value::Long(errors.len() as i64));
    set(&mut a, "errors", Value::from(errors));
    let zone = match p.timestamp {
        Some(_) => Some(Zone::Offset(0)),
        None => p.zone.clone(),
    };
    set(&mut a, "is_localtime", Value::from(zone.is_some()));
    match &zone {
        Some(Zone::Offset(secs)) => {
            set(&mut a, "zone_type", Value::Long(1));
            set(&mut a, "zone", Value::Long(i64::from(*secs)));
            set(&mut a, "is_dst", Value::False);
        }
        Some(Zone::Abbr(name, secs, dst)) => {
            set(&mut a, "zone_type", Value::Long(2));
            // timelib's z leaves the DST hour out.
            let z = i64::from(*secs) - if *dst { 3600 } else { 0 };
            set(&mut a, "zone", Value::Long(z));
            set(&mut a, "is_dst", Value::from(*dst));
            set(&mut a, "tz_abbr", Value::from(name.as_str()));
        }
        Some(Zone::Named(name, _)) => {
            set(&mut a, "zone_type", Value::Long(3));
            set(&mut a, "tz_id", Value::from(name.as_str()));
        }
        None => {}
    }
    if p.has_relative || p.timestamp.is_some() {
        let r = &p.rel;
        let mut rel = PhpArray::new();
        let secs = p.timestamp.map_or(r.s, |(ts, _)| ts + r.s);
        for (k, v) in [
            ("year", r.y),
            ("month", r.m),
            ("day", r.d),
            ("hour", r.h),
            ("minute", r.i),
            ("second", secs),
        ] {
            set(&mut rel, k, Value::Long(v));
        }
        if let Some((w, _)) = r.weekday {
            set(&mut rel, "weekday", Value::Long(w));
        }
        if r.weekdays != 0 {
            set(&mut rel, "weekdays", Value::Long(r.weekdays));
        }
        match r.day_of {
            Some(true) => set(&mut rel, "first_day_of_month", Value::True),
            Some(false) => set(&mut rel, "last_day_of_month", Value::True),
            None => {}
        }
        set(&mut a, "relative", Value::from(rel));
    }
    Ok(Value::from(a))
}
