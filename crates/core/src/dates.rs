//! Dates on the wire as RFC 3339 text, read and written by hand: `2026-11-23` and
//! `2027-01-12T09:00:00+03:00`. chrono's types stay; its text parser does not ship in the
//! browser app (it is most of what chrono costs there). Used with `#[serde(with = …)]`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use serde::{de, Deserialize, Deserializer, Serializer};

fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        number(&text[..4])? as i32,
        number(&text[5..7])?,
        number(&text[8..10])?,
    )
}

/// `YYYY-MM-DDTHH:MM:SS` then `Z` or `±HH:MM`.
pub fn parse_date_time(text: &str) -> Option<DateTime<FixedOffset>> {
    if text.len() < 20 || !text.is_char_boundary(10) || !text.is_char_boundary(19) {
        return None;
    }
    let date = parse_date(&text[..10])?;
    let bytes = text.as_bytes();
    if !matches!(bytes[10], b'T' | b't' | b' ') || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let time = NaiveTime::from_hms_opt(
        number(&text[11..13])?,
        number(&text[14..16])?,
        number(&text[17..19])?,
    )?;
    let zone = &text[19..];
    let seconds = match zone {
        "Z" | "z" => 0,
        _ => {
            let sign = match zone.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            if zone.len() != 6 || zone.as_bytes()[3] != b':' {
                return None;
            }
            sign * (number(&zone[1..3])? * 3600 + number(&zone[4..6])? * 60) as i32
        }
    };
    FixedOffset::east_opt(seconds)?
        .from_local_datetime(&date.and_time(time))
        .single()
}

/// `YYYY-MM-DD`.
pub fn format_date(date: &NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn format_date_time(at: &DateTime<FixedOffset>) -> String {
    use chrono::Timelike;
    let local = at.naive_local();
    let offset = at.offset().local_minus_utc();
    let (sign, offset) = if offset < 0 {
        ('-', -offset)
    } else {
        ('+', offset)
    };
    format!(
        "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        format_date(&local.date()),
        local.hour(),
        local.minute(),
        local.second(),
        offset / 3600,
        offset % 3600 / 60
    )
}

fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    String::deserialize(deserializer)
}

pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format_date(date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = text(deserializer)?;
        parse_date(&text)
            .ok_or_else(|| de::Error::custom(format!("\"{text}\" is not a date YYYY-MM-DD")))
    }
}

pub mod optional_date {
    use super::*;

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_some(&format_date(date)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) => parse_date(&text)
                .map(Some)
                .ok_or_else(|| de::Error::custom(format!("\"{text}\" is not a date YYYY-MM-DD"))),
        }
    }
}

pub mod date_time {
    use super::*;

    pub fn serialize<S: Serializer>(
        at: &DateTime<FixedOffset>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format_date_time(at))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = text(deserializer)?;
        parse_date_time(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "\"{text}\" is not a date and time YYYY-MM-DDTHH:MM:SS+HH:MM"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dates_read_strictly() {
        assert_eq!(
            parse_date("2026-11-23"),
            NaiveDate::from_ymd_opt(2026, 11, 23)
        );
        assert_eq!(
            parse_date("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        for bad in [
            "2027-02-29",
            "2026-13-01",
            "26-11-23",
            "2026-1-23",
            "2026/11/23",
            "",
            "2026-11-2x",
            "2026-11-233",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        let at = parse_date_time("2027-01-12T09:00:00+03:00").unwrap();
        assert_eq!(at.to_rfc3339(), "2027-01-12T09:00:00+03:00");
        assert_eq!(parse_date_time("2027-01-12T06:00:00Z").unwrap(), at);
        assert_eq!(
            parse_date_time("2027-01-12T09:00:00-04:30")
                .unwrap()
                .offset()
                .local_minus_utc(),
            -16200
        );
        for bad in [
            "2027-01-12T09:00:00",
            "2027-01-12T25:00:00Z",
            "2027-01-12T09:00:00+3:00",
            "2027-01-12X09:00:00Z",
            "2027-01-12T09:00:00+03:00x",
        ] {
            assert_eq!(parse_date_time(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn what_is_written_reads_back_as_chrono_writes_it(
            days in 0i64..80_000, seconds in 0u32..86_400, offset_minutes in -14 * 60i32..=14 * 60,
        ) {
            let date = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(days as u64);
            prop_assert_eq!(format_date(&date), date.to_string());
            prop_assert_eq!(parse_date(&format_date(&date)), Some(date));
            let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap();
            let zone = FixedOffset::east_opt(offset_minutes * 60).unwrap();
            let at = zone.from_local_datetime(&date.and_time(time)).unwrap();
            let written = format_date_time(&at);
            prop_assert_eq!(&written, &at.to_rfc3339());
            prop_assert_eq!(parse_date_time(&written), Some(at));
        }
    }
}
