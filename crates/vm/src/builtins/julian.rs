//! ext/calendar's Gregorian and Julian day-number functions (`cal_days_in_month`,
//! `gregoriantojd`, `jddayofweek`, `easter_date` …), after the serial day number
//! arithmetic of PHP's sdncal code. The Jewish and French calendars are not here.

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, func, get, opt_long, value_error};
use super::date::calendar::days_from_civil;
use super::date::format::{DAY_NAMES as DAYS, MONTH_NAMES as MONTHS};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "cal_days_in_month",
        cal_days_in_month,
        &["calendar", "month", "year"],
        3,
    ),
    func(
        "cal_to_jd",
        cal_to_jd,
        &["calendar", "month", "day", "year"],
        4,
    ),
    func("gregoriantojd", gregoriantojd, &["month", "day", "year"], 3),
    func("jdtogregorian", jdtogregorian, &["julian_day"], 1),
    func("juliantojd", juliantojd, &["month", "day", "year"], 3),
    func("jdtojulian", jdtojulian, &["julian_day"], 1),
    func("jddayofweek", jddayofweek, &["julian_day", "mode"], 1),
    func("jdmonthname", jdmonthname, &["julian_day", "mode"], 2),
    func("unixtojd", unixtojd, &["timestamp"], 0),
    func("jdtounix", jdtounix, &["julian_day"], 1),
    func("easter_date", easter_date, &["year", "mode"], 0),
    func("easter_days", easter_days, &["year", "mode"], 0),
];

pub const CONSTANTS: &[(&str, i64)] = &[
    ("CAL_GREGORIAN", GREGORIAN),
    ("CAL_JULIAN", JULIAN),
    ("CAL_JEWISH", 2),
    ("CAL_FRENCH", 3),
    ("CAL_NUM_CALS", 4),
    ("CAL_DOW_DAYNO", 0),
    ("CAL_DOW_SHORT", 2),
    ("CAL_DOW_LONG", 1),
    ("CAL_MONTH_GREGORIAN_SHORT", 0),
    ("CAL_MONTH_GREGORIAN_LONG", 1),
    ("CAL_MONTH_JULIAN_SHORT", 2),
    ("CAL_MONTH_JULIAN_LONG", 3),
    ("CAL_MONTH_JEWISH", 4),
    ("CAL_MONTH_FRENCH", 5),
    ("CAL_EASTER_DEFAULT", 0),
    ("CAL_EASTER_ROMAN", EASTER_ROMAN),
    ("CAL_EASTER_ALWAYS_GREGORIAN", EASTER_ALWAYS_GREGORIAN),
    ("CAL_EASTER_ALWAYS_JULIAN", EASTER_ALWAYS_JULIAN),
    ("CAL_JEWISH_ADD_ALAFIM_GERESH", 2),
    ("CAL_JEWISH_ADD_ALAFIM", 4),
    ("CAL_JEWISH_ADD_GERESHAYIM", 8),
];

const GREGORIAN: i64 = 0;
const JULIAN: i64 = 1;
const EASTER_ROMAN: i64 = 1;
const EASTER_ALWAYS_GREGORIAN: i64 = 2;
const EASTER_ALWAYS_JULIAN: i64 = 3;

const GREGOR_SDN_OFFSET: i64 = 32045;
const JULIAN_SDN_OFFSET: i64 = 32083;
const DAYS_PER_5_MONTHS: i64 = 153;
const DAYS_PER_4_YEARS: i64 = 1461;
const DAYS_PER_400_YEARS: i64 = 146_097;
/// The day number of 1970-01-01.
const UNIX_EPOCH_JD: i64 = 2_440_588;

/// The (year, month) PHP's sdncal counts from: March-based months, years shifted so
/// they stay positive (there is no year 0).
/// In i128: years near the integer limits must not overflow (C's long wraps there,
/// as the callers' final casts do).
fn shifted(year: i64, month: i64) -> (i128, i128) {
    let (year, month) = (i128::from(year), i128::from(month));
    let y = if year < 0 { year + 4801 } else { year + 4800 };
    if month > 2 {
        (y, month - 3)
    } else {
        (y - 1, month + 9)
    }
}

/// The serial day number of a Gregorian date; 0 when out of range.
fn gregorian_to_sdn(year: i64, month: i64, day: i64) -> i64 {
    if year == 0 || year < -4714 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return 0;
    }
    if year == -4714 && (month < 11 || (month == 11 && day < 25)) {
        return 0;
    }
    let (y, m) = shifted(year, month);
    let sdn = (y / 100) * i128::from(DAYS_PER_400_YEARS) / 4
        + (y % 100) * i128::from(DAYS_PER_4_YEARS) / 4
        + (m * i128::from(DAYS_PER_5_MONTHS) + 2) / 5
        + i128::from(day)
        - i128::from(GREGOR_SDN_OFFSET);
    sdn as i64
}

/// The serial day number of a Julian-calendar date; 0 when out of range.
fn julian_to_sdn(year: i64, month: i64, day: i64) -> i64 {
    if year == 0 || year < -4713 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return 0;
    }
    if year == -4713 && month == 1 && day == 1 {
        return 0;
    }
    let (y, m) = shifted(year, month);
    let sdn = y * i128::from(DAYS_PER_4_YEARS) / 4
        + (m * i128::from(DAYS_PER_5_MONTHS) + 2) / 5
        + i128::from(day)
        - i128::from(JULIAN_SDN_OFFSET);
    sdn as i64
}

/// (year, month, day) from the day of a March-based year count, as both calendars end.
fn finish(mut year: i64, day_of_year: i64) -> (i64, i64, i64) {
    let temp = day_of_year * 5 - 3;
    let mut month = temp / DAYS_PER_5_MONTHS;
    let day = (temp % DAYS_PER_5_MONTHS) / 5 + 1;
    if month < 10 {
        month += 3;
    } else {
        year += 1;
        month -= 9;
    }
    year -= 4800;
    if year <= 0 {
        year -= 1;
    }
    (year, month, day)
}

/// The Gregorian date of a serial day number; (0, 0, 0) when out of range.
fn sdn_to_gregorian(sdn: i64) -> (i64, i64, i64) {
    if sdn <= 0 || sdn > (i64::MAX - 4 * GREGOR_SDN_OFFSET) / 4 {
        return (0, 0, 0);
    }
    let temp = (sdn + GREGOR_SDN_OFFSET) * 4 - 1;
    let century = temp / DAYS_PER_400_YEARS;
    let temp = ((temp % DAYS_PER_400_YEARS) / 4) * 4 + 3;
    let year = century * 100 + temp / DAYS_PER_4_YEARS;
    finish(year, (temp % DAYS_PER_4_YEARS) / 4 + 1)
}

/// The Julian-calendar date of a serial day number; (0, 0, 0) when out of range.
fn sdn_to_julian(sdn: i64) -> (i64, i64, i64) {
    if sdn <= 0 || sdn > (i64::MAX - JULIAN_SDN_OFFSET * 4 + 1) / 4 {
        return (0, 0, 0);
    }
    let temp = sdn * 4 + (JULIAN_SDN_OFFSET * 4 - 1);
    finish(temp / DAYS_PER_4_YEARS, (temp % DAYS_PER_4_YEARS) / 4 + 1)
}

/// The day-number conversion of calendar `cal` (Gregorian or Julian).
fn to_sdn(vm: &mut Vm, f: &str, cal: i64) -> Result<fn(i64, i64, i64) -> i64, Unwind> {
    match cal {
        GREGORIAN => Ok(gregorian_to_sdn),
        JULIAN => Ok(julian_to_sdn),
        _ => Err(value_error(vm, f, 0, "must be a valid calendar ID")),
    }
}

fn cal_days_in_month(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "cal_days_in_month";
    let cal = arg_long(vm, args, 0, F)?;
    let month = arg_long(vm, args, 1, F)?;
    let year = arg_long(vm, args, 2, F)?;
    let to_sdn = to_sdn(vm, F, cal)?;
    let start = to_sdn(year, month, 1);
    if start == 0 {
        return Err(vm.throw_error("ValueError", "Invalid date".into()));
    }
    let mut next = to_sdn(year, month + 1, 1);
    if next == 0 {
        // December: the next month starts the next year, and 1 BCE is followed by 1 CE.
        next = if year == -1 {
            to_sdn(1, 1, 1)
        } else {
            to_sdn(year + 1, 1, 1)
        };
    }
    Ok(Value::Long(next - start))
}

fn cal_to_jd(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "cal_to_jd";
    let cal = arg_long(vm, args, 0, F)?;
    let month = arg_long(vm, args, 1, F)?;
    let day = arg_long(vm, args, 2, F)?;
    let year = arg_long(vm, args, 3, F)?;
    let to_sdn = to_sdn(vm, F, cal)?;
    Ok(Value::Long(to_sdn(year, month, day)))
}

/// `fn(month, day, year)` of a to-day-number conversion.
fn date_args(vm: &mut Vm, args: &[Value], f: &str) -> Result<(i64, i64, i64), Unwind> {
    Ok((
        arg_long(vm, args, 2, f)?,
        arg_long(vm, args, 0, f)?,
        arg_long(vm, args, 1, f)?,
    ))
}

fn gregoriantojd(vm: &mut Vm, args: &mut [Value]) -> R {
    let (y, m, d) = date_args(vm, args, "gregoriantojd")?;
    Ok(Value::Long(gregorian_to_sdn(y, m, d)))
}

fn juliantojd(vm: &mut Vm, args: &mut [Value]) -> R {
    let (y, m, d) = date_args(vm, args, "juliantojd")?;
    Ok(Value::Long(julian_to_sdn(y, m, d)))
}

fn jdtogregorian(vm: &mut Vm, args: &mut [Value]) -> R {
    let (y, m, d) = sdn_to_gregorian(arg_long(vm, args, 0, "jdtogregorian")?);
    Ok(Value::from(format!("{m}/{d}/{y}")))
}

fn jdtojulian(vm: &mut Vm, args: &mut [Value]) -> R {
    let (y, m, d) = sdn_to_julian(arg_long(vm, args, 0, "jdtojulian")?);
    Ok(Value::from(format!("{m}/{d}/{y}")))
}

fn jddayofweek(vm: &mut Vm, args: &mut [Value]) -> R {
    let jd = arg_long(vm, args, 0, "jddayofweek")?;
    let mode = opt_long(vm, args, 1, "jddayofweek", 0)?;
    // Widened: jd + 1 may overflow an int.
    let day = (i128::from(jd) + 1).rem_euclid(7) as usize;
    Ok(match mode {
        1 => Value::from(DAYS[day]),
        2 => Value::from(&DAYS[day][..3]),
        _ => Value::Long(day as i64),
    })
}

fn jdmonthname(vm: &mut Vm, args: &mut [Value]) -> R {
    let jd = arg_long(vm, args, 0, "jdmonthname")?;
    let mode = arg_long(vm, args, 1, "jdmonthname")?;
    let (_, month, _) = match mode {
        2 | 3 => sdn_to_julian(jd),
        _ => sdn_to_gregorian(jd),
    };
    let name = match month {
        1..=12 => MONTHS[month as usize - 1],
        _ => "",
    };
    Ok(Value::from(match mode {
        1 | 3 => name,
        _ => name.get(..3).unwrap_or(""),
    }))
}

fn unixtojd(vm: &mut Vm, args: &mut [Value]) -> R {
    let ts = match get(args, 0) {
        Value::Null | Value::Undef => super::date::now().0,
        _ => arg_long(vm, args, 0, "unixtojd")?,
    };
    if ts < 0 {
        return Err(value_error(
            vm,
            "unixtojd",
            0,
            "must be greater than or equal to 0",
        ));
    }
    Ok(Value::Long(ts.div_euclid(86_400) + UNIX_EPOCH_JD))
}

fn jdtounix(vm: &mut Vm, args: &mut [Value]) -> R {
    let jd = arg_long(vm, args, 0, "jdtounix")?;
    let days = jd.wrapping_sub(UNIX_EPOCH_JD);
    let max = i64::MAX / 86_400;
    if !(0..=max).contains(&days) {
        let msg = format!(
            "jday must be between {UNIX_EPOCH_JD} and {}",
            max + UNIX_EPOCH_JD
        );
        return Err(vm.throw_error("ValueError", msg));
    }
    Ok(Value::Long(days * 86_400))
}

/// Easter as days after March 21st (`_cal_easter`): the Julian computation before
/// 1583 (or before 1753 unless `mode` asks for the Roman/Gregorian rule).
fn easter_offset(year: i64, mode: i64) -> i64 {
    // Widened: `year + year / 4` and the like overflow for the largest ints.
    let year = i128::from(year);
    let golden = year % 19 + 1;
    let julian = (year <= 1582 && mode != EASTER_ALWAYS_GREGORIAN)
        || ((1583..=1752).contains(&year)
            && mode != EASTER_ROMAN
            && mode != EASTER_ALWAYS_GREGORIAN)
        || mode == EASTER_ALWAYS_JULIAN;
    let (dom, mut pfm) = if julian {
        (
            (year + year / 4 + 5).rem_euclid(7),
            (3 - 11 * golden - 7).rem_euclid(30),
        )
    } else {
        let dom = (year + year / 4 - year / 100 + year / 400).rem_euclid(7);
        let solar = (year - 1600) / 100 - (year - 1600) / 400;
        let lunar = ((year - 1400) / 100) * 8 / 25;
        (dom, (3 - 11 * golden + solar - lunar).rem_euclid(30))
    };
    if pfm == 29 || (pfm == 28 && golden > 11) {
        pfm -= 1;
    }
    (pfm + (4 - pfm - dom).rem_euclid(7) + 1) as i64
}

/// The year argument, this year when absent.
fn year_arg(vm: &mut Vm, args: &[Value], f: &str) -> Result<i64, Unwind> {
    match get(args, 0) {
        Value::Null | Value::Undef => {
            let days = super::date::now().0.div_euclid(86_400);
            Ok(super::date::calendar::civil_from_days(days).0)
        }
        _ => arg_long(vm, args, 0, f),
    }
}

fn easter_days(vm: &mut Vm, args: &mut [Value]) -> R {
    let year = year_arg(vm, args, "easter_days")?;
    let mode = opt_long(vm, args, 1, "easter_days", 0)?;
    Ok(Value::Long(easter_offset(year, mode)))
}

/// Midnight of Easter Sunday. PHP asks the C library's `mktime`, i.e. the process's
/// TZ, which is UTC where these programs run; midnight UTC is taken.
fn easter_date(vm: &mut Vm, args: &mut [Value]) -> R {
    let year = year_arg(vm, args, "easter_date")?;
    let mode = opt_long(vm, args, 1, "easter_date", 0)?;
    if !(1970..=2037).contains(&year) {
        return Err(value_error(
            vm,
            "easter_date",
            0,
            "must be between 1970 and 2037 (inclusive)",
        ));
    }
    let days = easter_offset(year, mode);
    Ok(Value::Long(days_from_civil(year, 3, 21 + days) * 86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(gregorian_to_sdn(1970, 10, 11), 2_440_871);
        assert_eq!(gregorian_to_sdn(-4713, 1, 1), 38);
        assert_eq!(gregorian_to_sdn(0, 1, 1), 0);
        assert_eq!(sdn_to_gregorian(2_460_000), (2023, 2, 24));
        assert_eq!(julian_to_sdn(2000, 1, 1), 2_451_558);
        assert_eq!(sdn_to_julian(2_451_558), (2000, 1, 1));
    }

    #[test]
    fn easter() {
        assert_eq!(easter_offset(2024, 0), 10);
        assert_eq!(easter_offset(1500, 0), 29);
        assert_eq!(easter_offset(1500, EASTER_ALWAYS_GREGORIAN), 4);
        assert_eq!(easter_offset(2025, EASTER_ALWAYS_JULIAN), 17);
    }
}
