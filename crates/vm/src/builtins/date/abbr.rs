//! Time zone abbreviations (`EST`, `CEST`, `Z` …), as timelib knows them: the
//! table `timezone_abbreviations_list()` shows and strings are read with, and the
//! fallback by offset that `timezone_name_from_abbr()` uses for unknown names.
//!
//! Both data files were written by PHP 8.2 itself:
//! `abbreviations.txt` (abbreviation, dst, offset, identifier or `-`) by
//! `foreach (timezone_abbreviations_list() as $a => $l) foreach ($l as $e) echo …`,
//! `fallback.txt` (offset, dst, identifier) by `timezone_name_from_abbr("", $offset, $dst)`
//! for every quarter hour from -14:00 to +14:00.

use std::sync::OnceLock;

/// One row of the abbreviation table.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// Lower case, as the table keys it.
    pub abbr: &'static str,
    pub dst: bool,
    /// Seconds east of UTC, DST included.
    pub offset: i32,
    pub id: Option<&'static str>,
}

/// The longest abbreviation timelib looks up is one shorter than this (its
/// `MAX_ABBR_LEN`, POSIX's TZNAME_MAX of 6).
const MAX_ABBR_LEN: usize = 6;

/// `utc` and `gmt` are found before the table, as timelib's own `UTC` entry.
const UTC: Entry = Entry {
    abbr: "utc",
    dst: false,
    offset: 0,
    id: Some("UTC"),
};

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().map(|l| l.split(' ').collect::<Vec<_>>())
}

/// The table, in timelib's order (sorted by abbreviation).
pub fn table() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        rows(include_str!("abbreviations.txt"))
            .filter_map(|f| {
                Some(Entry {
                    abbr: f.first()?,
                    dst: *f.get(1)? == "1",
                    offset: f.get(2)?.parse().ok()?,
                    id: f.get(3).filter(|id| **id != "-").copied(),
                })
            })
            .collect()
    })
}

/// The zone timelib falls back to for an offset and DST flag.
fn fallback(offset: i64, dst: i64) -> Option<&'static str> {
    static FALLBACK: OnceLock<Vec<(i64, i64, &'static str)>> = OnceLock::new();
    let list = FALLBACK.get_or_init(|| {
        rows(include_str!("fallback.txt"))
            .filter_map(|f| {
                Some((
                    f.first()?.parse().ok()?,
                    f.get(1)?.parse().ok()?,
                    *f.get(2)?,
                ))
            })
            .collect()
    });
    list.iter()
        .find(|(o, d, _)| *o == offset && *d == dst)
        .map(|(_, _, id)| *id)
}

/// The entry for `word` (timelib's `abbr_search`): among the rows of that
/// abbreviation the one with `offset` if given and present, else the first.
fn search(word: &str, offset: Option<i64>) -> Option<Entry> {
    if word.eq_ignore_ascii_case("utc") || word.eq_ignore_ascii_case("gmt") {
        return Some(UTC);
    }
    let mut same = table()
        .iter()
        .filter(|e| e.abbr.eq_ignore_ascii_case(word))
        .peekable();
    let first = *same.peek()?;
    Some(
        same.find(|e| offset == Some(i64::from(e.offset)))
            .copied()
            .unwrap_or(*first),
    )
}

/// An abbreviation as a date string or DateTimeZone names one: (offset, dst).
pub fn lookup(word: &str) -> Option<(i32, bool)> {
    if word.len() >= MAX_ABBR_LEN {
        return None;
    }
    search(word, None).map(|e| (e.offset, e.dst))
}

/// `timezone_name_from_abbr()`: the identifier for an abbreviation, or for an
/// offset (`-1`: any) and DST flag (0 or 1; `-1` matches none) when the
/// abbreviation is unknown.
pub fn name_from_abbr(abbr: &str, offset: i64, dst: i64) -> Option<&'static str> {
    match search(abbr, (offset != -1).then_some(offset)) {
        Some(e) => e.id,
        None => fallback(offset, dst),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_read_as_timelib() {
        assert_eq!(lookup("EDT"), Some((-14400, true)));
        assert_eq!(lookup("cet"), Some((3600, false)));
        assert_eq!(lookup("gmt"), Some((0, false)));
        assert_eq!(lookup("Europe/Paris"), None);
        assert_eq!(lookup("xyz"), None);
    }

    #[test]
    fn names_from_abbreviations() {
        assert_eq!(name_from_abbr("CET", -1, -1), Some("Europe/Berlin"));
        assert_eq!(name_from_abbr("", 3600, 0), Some("Europe/Paris"));
        assert_eq!(name_from_abbr("", 3600, 1), Some("Europe/London"));
        assert_eq!(name_from_abbr("AXST", -1, -1), None);
        assert_eq!(name_from_abbr("utc", -1, -1), Some("UTC"));
        assert_eq!(name_from_abbr("est", 3600, -1), Some("America/New_York"));
        assert_eq!(name_from_abbr("", 3600, -1), None);
    }
}
