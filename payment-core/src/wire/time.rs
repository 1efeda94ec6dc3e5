//! Dates and times as field types (issue 25): `time::Date` as `YYYY-MM-DD`, `time::OffsetDateTime` as
//! RFC 3339, and the crate's own `model::Timestamp`, each read with its error at the field's path and
//! written in the same form. (Unix seconds: `#[payment(with = time::serde::timestamp)]`, serde's way.)
//!
//! The forms are written here rather than by `time`'s own `Serialize`, whose output depends on features
//! of the `time` crate that any crate in a build may turn on (a `Date` is `[2026, 340]` without
//! `serde-human-readable`).

use serde::Deserializer;
use serde::ser::SerializeMap;
use time::format_description::BorrowedFormatItem;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

use super::collect::{Collect, collect_str};
use super::collector::Collector;
use super::report::Invalid;
use crate::model::Timestamp;

/// `YYYY-MM-DD`.
const DATE: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

impl Collect for Date {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        collect_str(de, c, |s| {
            Date::parse(s, DATE).map_err(|_| Invalid::new("date", "must be a date, YYYY-MM-DD"))
        })
    }
}

impl Collect for OffsetDateTime {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        collect_str(de, c, |s| {
            OffsetDateTime::parse(s, &Rfc3339).map_err(|_| {
                Invalid::new("date_time", "must be an RFC 3339 date and time, such as 2026-12-06T08:00:00Z")
            })
        })
    }
}

impl Collect for Timestamp {
    fn collect<'de, D: Deserializer<'de>>(de: D, c: &mut Collector) -> Result<Option<Self>, D::Error> {
        collect_str(de, c, |s| {
            s.parse().map_err(|_| {
                Invalid::new("date_time", "must be an RFC 3339 date and time, such as 2026-12-06T08:00:00Z")
            })
        })
    }
}

/// A date or time field's entry of a derived struct, written in this module's form.
pub trait WriteTime<M: SerializeMap> {
    /// Writes `key: self` as text.
    fn write_time(&self, key: &'static str, map: &mut M) -> Result<(), M::Error>;
}

impl<M: SerializeMap> WriteTime<M> for Date {
    fn write_time(&self, key: &'static str, map: &mut M) -> Result<(), M::Error> {
        let text = self.format(DATE).map_err(serde::ser::Error::custom)?;
        map.serialize_entry(key, &text)
    }
}

impl<M: SerializeMap> WriteTime<M> for OffsetDateTime {
    fn write_time(&self, key: &'static str, map: &mut M) -> Result<(), M::Error> {
        let text = self.format(&Rfc3339).map_err(serde::ser::Error::custom)?;
        map.serialize_entry(key, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::from_json;

    #[test]
    fn dates_and_times_read_and_refuse_without_the_value() {
        assert_eq!(from_json::<Date>(r#""2026-02-28""#).unwrap(), time::macros::date!(2026 - 02 - 28));
        for bad in [r#""2026-02-30""#, r#""28/02/2026""#, r#""2026-2-28""#, "20260228"] {
            let report = from_json::<Date>(bad).unwrap_err();
            assert_eq!(
                report.errors()[0].code(),
                if bad.starts_with('"') { "date" } else { "type" },
                "{bad}"
            );
            assert!(!format!("{report:?}").contains("2026-02-30"));
        }
        let at = from_json::<OffsetDateTime>(r#""2026-12-06T08:00:00+09:00""#).unwrap();
        assert_eq!(at.unix_timestamp(), 1_796_511_600);
        assert_eq!(
            from_json::<OffsetDateTime>(r#""2026-12-06 08:00""#).unwrap_err().errors()[0].code(),
            "date_time"
        );
        assert_eq!(
            from_json::<Timestamp>(r#""2024-11-25T07:22:48.000Z""#).unwrap().as_str(),
            "2024-11-25T07:22:48.000Z"
        );
    }
}
