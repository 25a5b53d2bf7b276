//! The time zone identifiers `timezone_identifiers_list()` and
//! `DateTimeZone::listIdentifiers()` give: the bundled tz database's names, by
//! continent group (`DateTimeZone::AFRICA` … `UTC`), without the old names the tz
//! database keeps only for backward compatibility unless `ALL_WITH_BC` is asked.

/// `DateTimeZone::ALL_WITH_BC`: every name, old ones included.
pub const ALL_WITH_BC: i64 = 4095;
/// `DateTimeZone::PER_COUNTRY` (needs a country code).
pub const PER_COUNTRY: i64 = 4096;

/// The name prefix of each group bit, from `AFRICA` (1) to `UTC` (1024).
const GROUPS: [&str; 11] = [
    "Africa/",
    "America/",
    "Antarctica/",
    "Arctic/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
    "UTC",
];

/// Names inside the groups that the tz database's `backward` file lists as links
/// kept for old software (php leaves them out of every group but ALL_WITH_BC).
const BACKWARD: &[&str] = &[
    "Africa/Asmera",
    "Africa/Timbuktu",
    "America/Argentina/ComodRivadavia",
    "America/Atka",
    "America/Buenos_Aires",
    "America/Catamarca",
    "America/Coral_Harbour",
    "America/Cordoba",
    "America/Ensenada",
    "America/Fort_Wayne",
    "America/Godthab",
    "America/Indianapolis",
    "America/Jujuy",
    "America/Knox_IN",
    "America/Louisville",
    "America/Mendoza",
    "America/Montreal",
    "America/Nipigon",
    "America/Pangnirtung",
    "America/Porto_Acre",
    "America/Rainy_River",
    "America/Rosario",
    "America/Santa_Isabel",
    "America/Shiprock",
    "America/Thunder_Bay",
    "America/Virgin",
    "America/Yellowknife",
    "Antarctica/South_Pole",
    "Asia/Ashkhabad",
    "Asia/Calcutta",
    "Asia/Choibalsan",
    "Asia/Chongqing",
    "Asia/Chungking",
    "Asia/Dacca",
    "Asia/Harbin",
    "Asia/Istanbul",
    "Asia/Kashgar",
    "Asia/Katmandu",
    "Asia/Macao",
    "Asia/Rangoon",
    "Asia/Saigon",
    "Asia/Tel_Aviv",
    "Asia/Thimbu",
    "Asia/Ujung_Pandang",
    "Asia/Ulan_Bator",
    "Atlantic/Faeroe",
    "Atlantic/Jan_Mayen",
    "Australia/ACT",
    "Australia/Canberra",
    "Australia/Currie",
    "Australia/LHI",
    "Australia/NSW",
    "Australia/North",
    "Australia/Queensland",
    "Australia/South",
    "Australia/Tasmania",
    "Australia/Victoria",
    "Australia/West",
    "Australia/Yancowinna",
    "Europe/Belfast",
    "Europe/Kiev",
    "Europe/Nicosia",
    "Europe/Tiraspol",
    "Europe/Uzhgorod",
    "Europe/Zaporozhye",
    "Pacific/Enderbury",
    "Pacific/Johnston",
    "Pacific/Ponape",
    "Pacific/Samoa",
    "Pacific/Truk",
    "Pacific/Yap",
];

/// The identifiers of the groups set in `groups`, sorted (all of them for
/// ALL_WITH_BC).
pub fn identifiers(groups: i64) -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.to_string())
        // The database's version entry ("2026e") is no zone.
        .filter(|n| n.contains('/') || n.chars().all(|c| !c.is_ascii_digit()))
        .collect();
    names.sort();
    names.dedup();
    if groups == ALL_WITH_BC {
        return names;
    }
    names.retain(|n| {
        GROUPS.iter().enumerate().any(|(bit, prefix)| {
            groups & (1 << bit) != 0
                && n.len() >= prefix.len()
                && n[..prefix.len()].eq_ignore_ascii_case(prefix)
        }) && !BACKWARD.contains(&n.as_str())
    });
    names
}

/// A zone's country code, latitude, longitude and comment.
pub type Location = (String, f64, f64, String);

/// Where a zone is (`DateTimeZone::getLocation()`): country code, latitude,
/// longitude and comment, from the system's tz database `zone.tab` (PHP's bundled
/// database carries the same table); a zone it does not list is at `??`, 0, 0, `?`.
pub fn location(name: &str) -> Location {
    static TABLE: std::sync::OnceLock<Vec<(String, Location)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let text = std::fs::read_to_string("/usr/share/zoneinfo/zone.tab").unwrap_or_default();
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let (lat, lon) = coordinates(f.get(1)?)?;
                let comment = f.get(3).copied().unwrap_or_default();
                let place = (f[0].to_string(), lat, lon, comment.to_string());
                Some((f.get(2)?.to_string(), place))
            })
            .collect()
    });
    table
        .iter()
        .find(|(zone, _)| zone == name)
        .map(|(_, l)| l.clone())
        .unwrap_or_else(|| ("??".into(), 0.0, 0.0, "?".into()))
}

/// `+DDMM+DDDMM` or `+DDMMSS+DDDMMSS` as degrees, cut to 5 decimals as PHP stores them.
fn coordinates(text: &str) -> Option<(f64, f64)> {
    let split = text[1..].find(['+', '-'])? + 1;
    let degrees = |part: &str, deg_digits: usize| -> Option<f64> {
        let sign = if part.starts_with('-') { -1.0 } else { 1.0 };
        let digits = part.get(1..)?;
        let n = |r: std::ops::Range<usize>| digits.get(r)?.parse::<f64>().ok();
        let d = n(0..deg_digits)?;
        let m = n(deg_digits..deg_digits + 2)?;
        let s = if digits.len() > deg_digits + 2 {
            n(deg_digits + 2..deg_digits + 4)?
        } else {
            0.0
        };
        let v = d + m / 60.0 + s / 3600.0;
        Some(sign * (v * 100_000.0).trunc() / 100_000.0)
    };
    Some((degrees(&text[..split], 2)?, degrees(&text[split..], 3)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    // php 8.2: count(timezone_identifiers_list()) is 419, UTC alone is ["UTC"].
    #[test]
    fn groups_as_php() {
        let all = identifiers(2047);
        assert!(all.iter().any(|n| n == "Europe/London"));
        assert!(!all
            .iter()
            .any(|n| n == "Asia/Calcutta" || n == "US/Eastern"));
        assert_eq!(all.len(), 419);
        assert_eq!(identifiers(1024), ["UTC"]);
        let bc = identifiers(ALL_WITH_BC);
        assert!(bc.iter().any(|n| n == "US/Eastern") && bc.len() > all.len());
        assert!(identifiers(128).iter().all(|n| n.starts_with("Europe/")));
    }

    // zone.tab's +411745-0863730 (America/Indiana/Knox) as php shows it.
    #[test]
    fn coordinates_cut_to_five_decimals() {
        assert_eq!(coordinates("+411745-0863730"), Some((41.29583, -86.625)));
        assert_eq!(coordinates("+5955+01045"), Some((59.91666, 10.75)));
        assert_eq!(coordinates("bad"), None);
    }
}
