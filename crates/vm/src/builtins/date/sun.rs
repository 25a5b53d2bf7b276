//! Sunrise, sunset and twilights: `date_sun_info()`, `date_sunrise()`,
//! `date_sunset()`. The sun's position follows Paul Schlyter's public-domain
//! method (1992), as timelib's astro.c applies it: the day is the local date of
//! the timestamp, the times are Unix timestamps.

use super::calendar::{local_seconds, Local, Zone};

/// Where the sun stands relative to an altitude on a day.
#[derive(Debug, PartialEq)]
pub enum Sky {
    /// It crosses the altitude: rise and set as timestamps and as hours of the UTC day.
    Crosses {
        rise: i64,
        set: i64,
        h_rise: f64,
        h_set: f64,
    },
    /// Always below it (polar night for the horizon).
    Below,
    /// Always above it (midnight sun).
    Above,
}

/// A day's sky for one altitude, and when the sun is due south.
#[derive(Debug, PartialEq)]
pub struct SunDay {
    pub sky: Sky,
    pub transit: i64,
}

fn sind(x: f64) -> f64 {
    x.to_radians().sin()
}

fn cosd(x: f64) -> f64 {
    x.to_radians().cos()
}

fn atan2d(y: f64, x: f64) -> f64 {
    y.atan2(x).to_degrees()
}

/// An angle in 0..360.
fn revolution(x: f64) -> f64 {
    x - 360.0 * (x / 360.0).floor()
}

/// An angle in -180..180.
fn rev180(x: f64) -> f64 {
    x - 360.0 * (x / 360.0 + 0.5).floor()
}

/// Greenwich mean sidereal time at 0h UT, in degrees, `d` days after 2000 Jan 0.0.
fn gmst0(d: f64) -> f64 {
    revolution((180.0 + 356.0470 + 282.9404) + (0.9856002585 + 4.70935E-5) * d)
}

/// The sun's right ascension, declination (degrees) and distance (AU).
fn sun_ra_dec(d: f64) -> (f64, f64, f64) {
    // Mean anomaly, longitude of perihelion and eccentricity of the Earth's orbit.
    let m = revolution(356.0470 + 0.9856002585 * d);
    let w = 282.9404 + 4.70935E-5 * d;
    let e = 0.016709 - 1.151E-9 * d;
    let ecc = m + e * sind(m).to_degrees() * (1.0 + e * cosd(m));
    let (x, y) = (cosd(ecc) - e, (1.0 - e * e).sqrt() * sind(ecc));
    let r = (x * x + y * y).sqrt();
    let mut lon = atan2d(y, x) + w;
    if lon >= 360.0 {
        lon -= 360.0;
    }
    // Ecliptic to equatorial coordinates.
    let (x, y) = (r * cosd(lon), r * sind(lon));
    let obliquity = 23.4393 - 3.563E-7 * d;
    let (z, y) = (y * sind(obliquity), y * cosd(obliquity));
    (atan2d(y, x), atan2d(z, (x * x + y * y).sqrt()), r)
}

/// The sun on the local day of `ts` in `zone` at longitude `lon` and latitude `lat`
/// (degrees) relative to altitude `altit` (degrees; the sun's upper edge when
/// `upper_limb`, else its centre).
pub fn sun_day(ts: i64, zone: &Zone, lon: f64, lat: f64, altit: f64, upper_limb: bool) -> SunDay {
    let day = Local::new(ts, 0, zone);
    let midnight_utc = local_seconds(day.y, day.m, day.d, 0, 0, 0);
    // Days since 2000 Jan 0.0 at local noon of the longitude.
    let d = midnight_utc as f64 / 86_400.0 + 2_440_587.5 - 2_451_545.0 + 2.0 - lon / 360.0;
    let sidtime = revolution(gmst0(d) + 180.0 + lon);
    let (ra, dec, r) = sun_ra_dec(d);
    let south = 12.0 - rev180(sidtime - ra) / 15.0;
    let altit = if upper_limb {
        altit - 0.2666 / r
    } else {
        altit
    };
    let at = |hours: f64| (midnight_utc as f64 + hours * 3600.0) as i64;
    let cost = (sind(altit) - sind(lat) * sind(dec)) / (cosd(lat) * cosd(dec));
    let sky = if cost >= 1.0 {
        Sky::Below
    } else if cost <= -1.0 {
        Sky::Above
    } else {
        let arc = cost.acos().to_degrees() / 15.0;
        Sky::Crosses {
            rise: at(south - arc),
            set: at(south + arc),
            h_rise: south - arc,
            h_set: south + arc,
        }
    };
    SunDay {
        sky,
        transit: at(south),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // php 8.2, UTC: date_sun_info(1718971200, 59.91, 10.75) and Svalbard's polar
    // day (2024-06-21) and night (2024-12-21).
    #[test]
    fn oslo_midsummer_and_polar_days() {
        let utc = Zone::utc();
        let day = sun_day(1_718_971_200, &utc, 10.75, 59.91, -50.0 / 60.0, true);
        assert_eq!(day.transit, 1_718_968_735);
        let Sky::Crosses { rise, set, .. } = day.sky else {
            panic!("the sun rises in Oslo");
        };
        assert_eq!((rise, set), (1_718_934_619, 1_719_002_851));
        let polar = |ts| sun_day(ts, &utc, 15.65, 78.22, -50.0 / 60.0, true).sky;
        assert_eq!(polar(1_718_971_200), Sky::Above);
        assert_eq!(polar(1_734_782_400), Sky::Below);
    }
}
