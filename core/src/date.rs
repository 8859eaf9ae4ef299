//! Calendar dates ("2026-11-28") and conversions to and from epoch times.
//! Hand-written (civil-from-days) to keep the browser build small.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Earliest and latest years accepted in a file: a date outside is a typo.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;

const MS_PER_DAY: i64 = 86_400_000;

/// A calendar date without time zone, written `YYYY-MM-DD` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// Month or day that does not exist (2026-02-30).
    NoSuchDay,
    /// Year before 1900 or after 2100.
    OutOfRange,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::OutOfRange);
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` strictly (the form of `<input type="date">` and of files).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| DateError::Format)
            } else {
                Err(DateError::Format)
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y as i32, m as u8, d as u8)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day number (inverse of [`Date::days_since_epoch`]); no range check.
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }

    /// The UTC calendar date of an epoch time in milliseconds.
    pub fn from_epoch_ms(ms: i64) -> Date {
        Date::from_days(ms.div_euclid(MS_PER_DAY))
    }

    /// Midnight UTC of this date, in epoch milliseconds.
    pub fn epoch_ms(self) -> i64 {
        self.days_since_epoch() * MS_PER_DAY
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.days_since_epoch() + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }
}

pub fn is_leap_year(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// RFC 3339 UTC timestamp of an epoch time: `2026-11-28T20:00:00Z`.
pub fn rfc3339_utc(ms: i64) -> String {
    let d = Date::from_epoch_ms(ms);
    let secs_of_day = ms.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        d,
        secs_of_day / 3600,
        secs_of_day / 60 % 60,
        secs_of_day % 60
    )
}

/// Reads back a timestamp written by [`rfc3339_utc`] (or with milliseconds and
/// any offset `±HH:MM`); returns epoch milliseconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let date = Date::parse(s.get(0..10)?).ok()?;
    let rest = s.get(10..)?;
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t'))?;
    let hh: i64 = rest.get(0..2)?.parse().ok()?;
    let mm: i64 = rest.get(3..5)?.parse().ok()?;
    let ss: i64 = rest.get(6..8)?.parse().ok()?;
    if rest.get(2..3)? != ":" || rest.get(5..6)? != ":" || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    let mut tail = rest.get(8..)?;
    let mut millis = 0;
    if let Some(frac) = tail.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let first3: String = frac[..digits]
            .chars()
            .chain("000".chars())
            .take(3)
            .collect();
        millis = first3.parse().ok()?;
        tail = &frac[digits..];
    }
    let offset_min = match tail {
        "Z" | "z" => 0,
        _ if tail.len() == 6 && (tail.starts_with('+') || tail.starts_with('-')) => {
            let h: i64 = tail.get(1..3)?.parse().ok()?;
            let m: i64 = tail.get(4..6)?.parse().ok()?;
            let sign = if tail.starts_with('-') { -1 } else { 1 };
            sign * (h * 60 + m)
        }
        _ => return None,
    };
    Some(date.epoch_ms() + ((hh * 60 + mm - offset_min) * 60 + ss) * 1000 + millis)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).map_err(|e| {
            serde::de::Error::custom(match e {
                DateError::Format => format!("date `{s}` is not of the form YYYY-MM-DD"),
                DateError::NoSuchDay => format!("date `{s}` does not exist"),
                DateError::OutOfRange => {
                    format!("date `{s}` is outside {MIN_YEAR}–{MAX_YEAR}")
                }
            })
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "Calendar date YYYY-MM-DD, years 1900 to 2100."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let d = Date::parse("2026-11-28").unwrap();
        assert_eq!((d.year, d.month, d.day), (2026, 11, 28));
        assert_eq!(d.to_string(), "2026-11-28");
    }

    #[test]
    fn refuses_bad_dates() {
        assert_eq!(Date::parse("2026-2-3"), Err(DateError::Format));
        assert_eq!(Date::parse("28/11/2026"), Err(DateError::Format));
        assert_eq!(Date::parse("2026-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("1850-01-01"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse("3026-01-01"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse("+026-01-01"), Err(DateError::Format));
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::parse("2000-03-01").unwrap().days_since_epoch(),
            11_017
        );
        for z in (-25_567..47_482).step_by(97) {
            assert_eq!(Date::from_days(z).days_since_epoch(), z);
        }
    }

    #[test]
    fn timestamps() {
        let ms = Date::parse("2026-11-28").unwrap().epoch_ms() + 20 * 3_600_000 + 5_000;
        assert_eq!(rfc3339_utc(ms), "2026-11-28T20:00:05Z");
        assert_eq!(parse_rfc3339("2026-11-28T20:00:05Z"), Some(ms));
        assert_eq!(parse_rfc3339("2026-11-28T21:00:05.000+01:00"), Some(ms));
        assert_eq!(parse_rfc3339("2026-11-28 20:00:05"), None);
        assert_eq!(Date::from_epoch_ms(ms - 1 - 20 * 3_600_000 - 5_000).day, 27);
    }
}
